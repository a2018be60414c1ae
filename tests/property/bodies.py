"""Schema-valid JSON bodies: hypothesis' own object and list strategies, hypothesis-jsonschema
for every other schema.

hypothesis-jsonschema alone takes about 50 ms per AccountList here, because its object
strategy merges and rebuilds the strategy of each key on every draw; composing objects with
``fixed_dictionaries`` is five times faster for the same bodies. The tests still check each
body against the schema with jsonschema, so this composition cannot drift into invalid bodies.
"""

from typing import Any

from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

# Values of fields the spec does not describe: any JSON, kept small.
ANY_JSON: st.SearchStrategy[Any] = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=8,
)


def valid_bodies(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    if schema.get("type") == "object" and "properties" in schema:
        return _objects(schema)
    if schema.get("type") == "array" and isinstance(schema.get("items"), dict):
        return st.lists(valid_bodies(schema["items"]), max_size=6)
    return from_schema(schema)


def _objects(schema: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    properties: dict[str, Any] = schema["properties"]
    required = set(schema.get("required", []))
    described = st.fixed_dictionaries(
        {key: valid_bodies(sub) for key, sub in properties.items() if key in required},
        optional={key: valid_bodies(sub) for key, sub in properties.items() if key not in required},
    )
    if schema.get("additionalProperties", True) is not True:
        return described
    unknown = st.dictionaries(
        st.text().filter(lambda key: key not in properties), ANY_JSON, max_size=3
    )
    return st.builds(lambda known, extra: {**extra, **known}, described, unknown)
