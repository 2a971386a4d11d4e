import pg from "pg";

/** Times are bigint columns of Unix seconds: read them as numbers, refusing any a number cannot hold. */
function parseBigint(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new RangeError(`bigint ${text} is out of the safe integer range`);
  return value;
}

/** The pool's type parsers: pg's own, but bigints as numbers. */
export function createTypeParsers(): pg.CustomTypesConfig {
  const types = new pg.TypeOverrides();
  types.setTypeParser(pg.types.builtins.INT8, "text", parseBigint);
  return types;
}
