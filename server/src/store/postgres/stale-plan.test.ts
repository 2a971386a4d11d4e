import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../test/postgres.ts";
import { withConnection } from "../../../test-support/postgres-database.ts";
import { createQueries } from "./queries.ts";

const database = await createTestDatabase("a prepared statement across a migration");
// One connection: every statement runs where the one before was prepared.
const pool = new pg.Pool({ connectionString: database.url, max: 1 });
afterAll(async () => {
  await pool.end();
  await database.drop();
});

describe("a prepared statement whose columns a migration changed under a running instance", () => {
  it("is prepared again under a new name, and answers, instead of failing on every connection that held it", async () => {
    const queries = createQueries(pool);
    await queries.run("CREATE TABLE notes (id text PRIMARY KEY, size integer)", []);
    await queries.run("INSERT INTO notes VALUES ($1, $2)", ["a", 5]);
    const read = () =>
      queries.row<{ id: string; size: unknown }>("SELECT id, size FROM notes WHERE id = $1", ["a"]);
    expect(await read()).toEqual({ id: "a", size: 5 });

    // Another instance's migration widens the column: the plan prepared here no longer fits its result.
    await withConnection(database.url, (client) =>
      client.query("ALTER TABLE notes ALTER COLUMN size TYPE bigint"),
    );

    expect(await read()).toEqual({ id: "a", size: "5" }); // node-postgres reads a bigint as text
    expect(await queries.run("UPDATE notes SET size = $2 WHERE id = $1", ["a", 6])).toBe(1);
    expect(await read()).toEqual({ id: "a", size: "6" });
  });
});
