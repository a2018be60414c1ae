"""Keeping API keys out of what the package shows: the shape of a Kirim key, in one place.

The scripts that scrub recordings and scan them for secrets import it from here too.
"""

import re

# Documented: kdv_live_ (kdv_test_ is reserved) followed by 24 base64url characters.
KEY_SHAPE = re.compile(r"kdv_(?:live|test)_[A-Za-z0-9_-]{24}")
