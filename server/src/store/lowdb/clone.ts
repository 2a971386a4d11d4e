/**
 * A deep copy of plain JSON data (objects, arrays, strings, numbers, booleans, null): what every
 * record is, since records round-trip through JSON on disk. Several times cheaper than
 * `structuredClone` for small records, and strings are shared rather than copied (they are immutable).
 */
export function clonePlain<T>(value: T): T;
export function clonePlain(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map(clonePlain);
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    // An own property, never the prototype setter: a record may carry any key.
    if (key === "__proto__")
      Object.defineProperty(copy, key, {
        value: clonePlain(field),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else copy[key] = clonePlain(field);
  }
  return copy;
}
