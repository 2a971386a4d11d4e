import type { z } from "zod";
import { invalidRequest } from "../errors.ts";

/** Parses `input` with a shared zod schema; the first issue becomes an `invalid_request` description. */
export function parseWith<Schema extends z.ZodType>(schema: Schema, input: unknown): z.infer<Schema> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.filter((part) => typeof part === "string" || typeof part === "number").join(".");
  throw invalidRequest(field ? `${field}: ${issue?.message}` : (issue?.message ?? "invalid request"));
}
