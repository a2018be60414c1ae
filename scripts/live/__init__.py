"""`make record` and `make contract-live`: the generated client against the real API."""
