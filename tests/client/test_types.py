"""The small types generated code imports: UNSET for absent optional values, File for uploads."""

import io

from tests.support.specs import WidgetsApi


def test_unset_is_falsy_and_reads_as_unset(api: WidgetsApi) -> None:
    types = api.package.types

    assert not types.UNSET
    assert bool(types.UNSET) is False
    assert repr(types.UNSET) == "UNSET"
    assert isinstance(types.UNSET, types.Unset)


def test_a_file_becomes_the_tuple_httpx_sends(api: WidgetsApi) -> None:
    payload = io.BytesIO(b"data")

    upload = api.package.types.File(payload=payload, file_name="a.txt", mime_type="text/plain")

    assert upload.to_tuple() == ("a.txt", payload, "text/plain")
    assert api.package.types.File(payload=payload).to_tuple() == (None, payload, None)
