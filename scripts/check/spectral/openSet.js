// An open set is `anyOf` (or `oneOf`) of a named enum and a string: the enum gives the known
// values names in the generated client, the string keeps the values nobody has named yet.
// The string branch must stay open (no pattern, format, enum or const: it would reject the very
// values it exists for) and bounded (maxLength), as every string in the spec is.

const isStringSchema = (schema) =>
  schema !== null &&
  typeof schema === "object" &&
  (schema.type === "string" || (Array.isArray(schema.type) && schema.type.includes("string")));

const isEnum = (schema) => isStringSchema(schema) && Array.isArray(schema.enum);

const NARROWING = ["pattern", "format", "enum", "const"];

export default function openSet(schema, _options, context) {
  const results = [];
  for (const keyword of ["anyOf", "oneOf"]) {
    const branches = schema[keyword];
    if (!Array.isArray(branches) || !branches.some(isEnum)) continue;
    const open = branches.filter((branch) => isStringSchema(branch) && !isEnum(branch));
    if (open.length === 0) {
      results.push({
        message: `An ${keyword} with an enum is an open set only with a string branch beside it.`,
        path: [...context.path, keyword],
      });
    }
    for (const branch of open) {
      const index = branches.indexOf(branch);
      const narrowed = NARROWING.filter((name) => name in branch);
      if (narrowed.length > 0) {
        results.push({
          message: `The open set's string branch must admit any value; drop ${narrowed.join(", ")}.`,
          path: [...context.path, keyword, index],
        });
      }
      if (!("maxLength" in branch)) {
        results.push({
          message: "The open set's string branch must be bounded by maxLength.",
          path: [...context.path, keyword, index],
        });
      }
    }
  }
  return results;
}
