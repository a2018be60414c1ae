"""The names generated code imports from ``types``: Unset for absent optional values, File for
uploads, and the detailed Response (defined in ``_response``)."""

from collections.abc import Mapping
from typing import IO, BinaryIO, Literal

from attrs import define

from ._rate_limit import RateLimit
from ._response import Response


class Unset:
    """The type of ``UNSET``: an optional value that was not given (a parameter left out)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RateLimit",
    "RequestFiles",
    "Response",
    "Unset",
]
