export type SqlType = "text" | "text[]" | "bigint" | "boolean" | "jsonb";

/**
 * A table whose columns are exactly the fields of its record, each with its SQL type: every
 * statement lists the columns, casts every parameter, and sends jsonb values as JSON text (pg
 * would turn a JS array into a Postgres array).
 */
export function defineTable<T extends object>(
  name: string,
  key: keyof T & string,
  types: { [K in keyof T]-?: SqlType },
) {
  const columns: (keyof T & string)[] = [];
  for (const column in types) columns.push(column);
  const others = columns.filter((column) => column !== key);
  const list = columns.join(", ");
  /** `$1::text, $2::jsonb, …`, numbered from `offset + 1`. */
  const placeholders = (offset = 0) =>
    columns.map((column, i) => `$${offset + i + 1}::${types[column]}`).join(", ");
  return {
    name,
    key,
    /** `a, b, c` */
    list,
    placeholders,
    /** The record's values in column order, as parameters for `placeholders`. */
    values: (record: T): unknown[] =>
      columns.map((column) => {
        const value = record[column];
        return types[column] === "jsonb" && value !== null ? JSON.stringify(value) : value;
      }),
    /** `a.x AS "a.x", a.y AS "a.y"`: the columns under `alias`, so rows of several tables share a statement. */
    aliased: (alias: string) =>
      columns.map((column) => `${alias}.${column} AS "${alias}.${column}"`).join(", "),
    /**
     * The record `aliased(alias)` selected into `row`; null when its key is null (no row joined).
     * Like the plain statements, it trusts the columns to be the record's (see queries.ts `rows`).
     */
    fromAliased: (row: Record<string, unknown>, alias: string): T | null => {
      if (row[`${alias}.${key}`] === null || row[`${alias}.${key}`] === undefined) return null;
      return Object.fromEntries(columns.map((column) => [column, row[`${alias}.${column}`]])) as T;
    },
    /** Insert, or replace the row with the same key (as the lowdb engine does). */
    upsertSql: `INSERT INTO ${name} (${list}) VALUES (${placeholders()}) ON CONFLICT (${key}) DO UPDATE SET ${others
      .map((column) => `${column} = EXCLUDED.${column}`)
      .join(", ")}`,
    /** Changes the row with the record's key, if there is one. */
    updateSql: `UPDATE ${name} SET ${others
      .map((column) => `${column} = $${columns.indexOf(column) + 1}::${types[column]}`)
      .join(", ")} WHERE ${key} = $${columns.indexOf(key) + 1}`,
  };
}

export type TableDefinition<T extends object> = ReturnType<typeof defineTable<T>>;
