import type { TableDefinition } from "./columns.ts";
import type { Postgres } from "./queries.ts";

/** One row to insert from the row the gate won, its table erased so rows of several tables share a statement. */
export interface WonInsert {
  /** The `INSERT … SELECT … FROM won`, its parameters numbered from `offset + 1`. */
  sql: (offset: number) => string;
  values: unknown[];
}

/** `record` inserted into `table` once per row the gate returned; `onConflict` is appended as written. */
export function insertFromWon<T extends object>(
  table: TableDefinition<T>,
  record: T,
  onConflict = "",
): WonInsert {
  return {
    sql: (offset) =>
      `INSERT INTO ${table.name} (${table.list}) SELECT ${table.placeholders(offset)} FROM won ${onConflict}`,
    values: table.values(record),
  };
}

/**
 * One statement: `gate`, a compare-and-set `UPDATE … RETURNING` over `gateValues`, then every insert from the
 * row it returned, so what is issued exists only if this caller won the row (two instances racing on one code or
 * refresh token: exactly one wins). Whether it won.
 */
export async function insertIfWon(
  db: Postgres,
  gate: string,
  gateValues: unknown[],
  inserts: WonInsert[],
): Promise<boolean> {
  let offset = gateValues.length;
  const steps = inserts.map((insert, i) => {
    const step = `insert_${i} AS (${insert.sql(offset)})`;
    offset += insert.values.length;
    return step;
  });
  const [result] = await db.rows<{ won: number }>(
    `WITH won AS (${gate}), ${steps.join(", ")} SELECT count(*)::int AS won FROM won`,
    [...gateValues, ...inserts.flatMap((insert) => insert.values)],
  );
  return result?.won === 1;
}
