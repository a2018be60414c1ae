// Arrays need maxItems (OWASP API4), unless the schema says in `x-unbounded` why there is no
// honest bound: the reason then sits in openapi.yaml beside the array, where a reviewer sees it,
// rather than as an exemption by JSON pointer in .spectral.yaml.

export default function boundedArray(schema) {
  if ("maxItems" in schema) return [];
  const reason = schema["x-unbounded"];
  if (typeof reason === "string" && reason.trim().length > 0) return [];
  return [
    {
      message:
        "An array needs maxItems, or `x-unbounded: <why>` when the vendor states no limit.",
    },
  ];
}
