"""`make bench`: the client measured against the floor beneath it, side by side in one run."""
