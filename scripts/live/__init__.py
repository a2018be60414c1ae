"""`make record` and `make contract-live`: the generated client against the real API."""

# A well-formed key that no account owns: the API must answer with its documented 401.
INVALID_KEY = "kdv_live_" + "0" * 24
