/**
 * Canonical JSON (the JSON Canonicalization Scheme, RFC 8785, for the values Linje signs):
 * object keys sorted by UTF-16 code units, no whitespace, strings and numbers serialised as
 * ECMAScript's JSON.stringify does. The same value always gives the same text, so a hash of
 * it identifies what was signed regardless of key order.
 */
export type JsonValue =
  null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

export function canonicalJson(value: JsonValue): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') {
    return JSON.stringify(value);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError('Canonical JSON has no NaN or Infinity.');
    // -0 is written 0, as RFC 8785 requires (JSON.stringify does so already).
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    return `[${(value as readonly JsonValue[]).map(canonicalJson).join(',')}]`;
  }
  const record = value as { readonly [key: string]: JsonValue };
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k] as JsonValue)}`).join(',')}}`;
}
