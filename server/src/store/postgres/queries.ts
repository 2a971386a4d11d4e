import { createHash } from "node:crypto";
import type pg from "pg";
import type { TableDefinition } from "./columns.ts";

/** What a repository of this engine works on: statements on the pool, and the usual ones per table. */
export interface Postgres {
  /**
   * The rows a statement returns, as records: the one place rows become records, as every
   * statement lists exactly a record's columns and the type parsers read bigints as numbers.
   */
  rows<T>(sql: string, values?: unknown[]): Promise<T[]>;
  row<T>(sql: string, values: unknown[]): Promise<T | null>;
  /** Runs a statement; the number of rows it changed. */
  run(sql: string, values: unknown[]): Promise<number>;
  getter<T extends object>(table: TableDefinition<T>): (key: string) => Promise<T | null>;
  upsert<T extends object>(table: TableDefinition<T>): (record: T) => Promise<void>;
  update<T extends object>(table: TableDefinition<T>): (record: T) => Promise<void>;
  remove<T extends object>(table: TableDefinition<T>): (key: string) => Promise<void>;
  /**
   * Marks the row with `key` consumed at `at` when it was not yet, in one compare-and-set statement:
   * of callers racing on one key, only one gets the row back (the others, and an unknown key, null).
   */
  consumer<T extends { consumed_at: number | null }>(
    table: TableDefinition<T>,
  ): (key: string, at: number) => Promise<T | null>;
  /**
   * Deletes the rows `condition` (SQL over the table's columns) accepts, a bounded batch per
   * statement, until none is left; the number deleted. Instances pruning at once each delete a row
   * at most once, and the condition is checked again on a row changed meanwhile.
   */
  prune(table: { name: string; key: string }, condition: string, values: unknown[]): Promise<number>;
}

/** Rows one pruning statement deletes at most, so no statement holds many locks or runs long. */
const PRUNE_BATCH = 1000;
const LONE_SURROGATE = /\p{Cs}/u;

/** Text no row holds: `text` has no NUL, and a lone surrogate has no UTF-8 (the driver would send U+FFFD). */
const isUnstorable = (value: unknown): boolean =>
  typeof value === "string" && (value.includes("\u0000") || LONE_SURROGATE.test(value));

/** Whether a statement compares with text no row can hold, which PostgreSQL would answer with an error. */
export const namesUnstorable = (values: unknown[]): boolean => values.some(isUnstorable);

/** A plain `SELECT` changes nothing, so one that can match no row may answer none without running. */
const isRead = (sql: string): boolean => /^\s*SELECT\b/i.test(sql);

/**
 * A prepared statement's name, taken from its text: a connection parses and plans each text once
 * and then only binds and executes it, and one name never stands for two texts.
 */
const statementName = (sql: string): string =>
  `g_${createHash("sha256").update(sql).digest("base64url").slice(0, 24)}`;

/**
 * PostgreSQL's refusal of a prepared statement whose result columns changed type since it was
 * prepared (a migration another instance ran). It comes before the statement runs: nothing changed.
 */
const isStalePlan = (error: unknown): boolean =>
  error instanceof Error &&
  "code" in error &&
  error.code === "0A000" &&
  error.message.includes("cached plan must not change result type");

export function createQueries(pool: pg.Pool): Postgres {
  // Each text's name, hashed once per text rather than once per call.
  const names = new Map<string, string>();
  // Bumped when a plan went stale: every connection keeps its old plans under the old names, and node-postgres
  // would never prepare a name again on a connection, so new names have each connection prepare anew.
  let generation = 0;
  /** A named query (node-postgres prepares it on each connection at its first use). */
  const prepared = (sql: string, values: unknown[]): pg.QueryConfig => {
    let name = names.get(sql);
    if (name === undefined) {
      name = generation === 0 ? statementName(sql) : `${statementName(sql)}_${generation}`;
      names.set(sql, name);
    }
    return { name, text: sql, values };
  };
  const query = async <R extends pg.QueryResultRow>(sql: string, values: unknown[]) => {
    const preparedIn = generation;
    try {
      return await pool.query<R>(prepared(sql, values));
    } catch (error) {
      if (!isStalePlan(error)) throw error;
      if (generation === preparedIn) {
        generation += 1;
        names.clear();
      }
      return pool.query<R>(prepared(sql, values));
    }
  };
  const rows = async <T>(sql: string, values: unknown[] = []): Promise<T[]> => {
    if (isRead(sql) && namesUnstorable(values)) return [];
    return (await query<T & pg.QueryResultRow>(sql, values)).rows;
  };
  const row = async <T>(sql: string, values: unknown[]): Promise<T | null> =>
    (await rows<T>(sql, values))[0] ?? null;
  const run = async (sql: string, values: unknown[]): Promise<number> =>
    (await query(sql, values)).rowCount ?? 0;
  return {
    rows,
    row,
    run,
    getter: (t) => (key) => row(`SELECT ${t.list} FROM ${t.name} WHERE ${t.key} = $1`, [key]),
    upsert: (t) => async (record) => {
      await run(t.upsertSql, t.values(record));
    },
    update: (t) => async (record) => {
      await run(t.updateSql, t.values(record));
    },
    remove: (t) => async (key) => {
      if (namesUnstorable([key])) return; // no row has that key
      await run(`DELETE FROM ${t.name} WHERE ${t.key} = $1`, [key]);
    },
    consumer: (t) => async (key, at) => {
      if (namesUnstorable([key])) return null; // no row has that key
      return row(
        `UPDATE ${t.name} SET consumed_at = $2::bigint
         WHERE ${t.key} = $1 AND consumed_at IS NULL RETURNING ${t.list}`,
        [key, at],
      );
    },
    prune: async (t, condition, values) => {
      const sql = `DELETE FROM ${t.name} WHERE (${condition}) AND ${t.key} IN (
        SELECT ${t.key} FROM ${t.name} WHERE ${condition} LIMIT ${PRUNE_BATCH} FOR UPDATE SKIP LOCKED)`;
      let pruned = 0;
      for (;;) {
        const deleted = await run(sql, values);
        pruned += deleted;
        if (deleted < PRUNE_BATCH) return pruned;
      }
    },
  };
}
