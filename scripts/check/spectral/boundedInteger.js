// Integers need a lower and an upper bound (OWASP API4), except in the rate-limit headers:
// X-RateLimit-*, RateLimit-* and Retry-After carry counters and Unix times the vendor bounds
// only from below (a Pro bucket is 6 000 a minute and plans change), so an invented maximum
// would make the contract tests reject real responses.

const RATE_LIMIT_HEADER = /^(x-)?rate-?limit(-|$)|^retry-after$/i;

function inRateLimitHeader(path) {
  for (let index = 0; index + 1 < path.length; index += 1) {
    if (path[index] === "headers" && RATE_LIMIT_HEADER.test(String(path[index + 1]))) return true;
  }
  return false;
}

const bounded = (schema, inclusive, exclusive) =>
  (inclusive in schema) !== (exclusive in schema);

export default function boundedInteger(schema, _options, context) {
  const results = [];
  if (!bounded(schema, "minimum", "exclusiveMinimum")) {
    results.push({ message: "An integer needs exactly one of minimum and exclusiveMinimum." });
  }
  if (!inRateLimitHeader(context.path) && !bounded(schema, "maximum", "exclusiveMaximum")) {
    results.push({ message: "An integer needs exactly one of maximum and exclusiveMaximum." });
  }
  return results;
}
