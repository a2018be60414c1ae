"""The shape of a Kirim API key, for the code that must keep keys out of files."""

import re

# Documented: kdv_live_ (kdv_test_ is reserved) followed by 24 base64url characters.
KEY_SHAPE = re.compile(r"kdv_(?:live|test)_[A-Za-z0-9_-]{24}")
