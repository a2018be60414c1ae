"""Pipeline checks run by `make check`, one module per check."""
