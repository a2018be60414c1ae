"""The recorded responses in tests/fixtures/recordings/: reading and writing VCR cassettes
(cassette.py) and building one from the spec's example (from_example.py). `make record`
(scripts/live/record.py) records them from the real API."""
