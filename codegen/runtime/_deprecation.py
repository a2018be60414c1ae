"""Warnings for what the spec marks ``deprecated``: an operation, when any of its functions is
called, and a parameter, when the caller passes it.

Called from the operation's public functions only (they do their work through private twins),
so one call warns once; the warning points at the caller's line, where Python's default filters
show it in a script and test runners show it too.
"""

import warnings

# warnings.warn -> this module's function -> the public function -> its caller.
_CALLERS_FRAME = 3


def operation(name: str) -> None:
    warnings.warn(
        f"{name} is deprecated: the API may remove this operation",
        DeprecationWarning,
        stacklevel=_CALLERS_FRAME,
    )


def parameter(name: str, operation: str) -> None:
    warnings.warn(
        f"{operation}: the parameter {name} is deprecated: the API may remove it",
        DeprecationWarning,
        stacklevel=_CALLERS_FRAME,
    )
