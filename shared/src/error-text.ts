import { z } from "zod";
import { type ErrorCode, errorCodeSchema } from "./errors.ts";
import { en, type Messages } from "./i18n/en.ts";

/**
 * An error value shaped like the registered ones (lower-case letters, digits, `_`; short), so a page
 * may show it as a code; anything else is not shown at all.
 * @see RFC 6749 §4.1.2.1 (error), §11.4 (registry)
 */
export const errorTokenSchema = z.string().regex(/^[a-z0-9_]{1,40}$/);

const isErrorCode = (code: string): code is ErrorCode => errorCodeSchema.safeParse(code).success;

/**
 * What a page says about an error named by an untrusted source (a query string): the code, if it is
 * a plausible one, and a sentence from the catalogue, never the source's own words (docs/pages.md).
 */
export function describeError(
  code: string | null | undefined,
  messages: Messages = en,
): { code: string | null; message: string } {
  const token = errorTokenSchema.safeParse(code);
  if (!token.success) return { code: null, message: messages["error.unknown"] };
  const message = isErrorCode(token.data) ? messages[`error.${token.data}`] : messages["error.unknown"];
  return { code: token.data, message };
}
