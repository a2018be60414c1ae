// An operation that takes input (parameters or a request body) documents how invalid input
// fails: 400, 422 or 4XX. OWASP's define-error-validation asks this of every operation, which
// would make a GET without parameters list a status the vendor never documents for it.

const VALIDATION_STATUSES = ["400", "422", "4XX"];

export default function invalidInputDocumented(operation, _options, context) {
  const pathItem = context.documentInventory.resolved?.paths?.[context.path[1]] ?? {};
  const parameters = [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])];
  if (parameters.length === 0 && !operation.requestBody) return [];
  const responses = operation.responses ?? {};
  if (VALIDATION_STATUSES.some((status) => status in responses)) return [];
  return [
    {
      message: "An operation that takes input documents a 400, 422 or 4XX response.",
      path: [...context.path, "responses"],
    },
  ];
}
