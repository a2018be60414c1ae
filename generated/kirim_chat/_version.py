"""The package version: `make generate` writes the spec's ``info.version`` here."""

__version__ = "0.3.0"
