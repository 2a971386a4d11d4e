import { z } from "zod";

/** A control character (C0, DEL, C1) or a lone surrogate: no log or database wants the one, no UTF-8 encodes the other. */
const UNSAFE_TEXT = /[\p{Cc}\p{Cs}]/u;

/** Whether `value` holds no control character and no lone surrogate. */
export const isPlainText = (value: string): boolean => !UNSAFE_TEXT.test(value);

/** A printable, bounded, single-line string: no control characters reach a redirect, a log or the store. */
export const printable = (max: number) =>
  z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine(isPlainText, "must not contain control characters");

/**
 * An identifier looked up as it is sent (a client_id): at least one character, at most `max`, none a
 * control character or a lone surrogate. @see RFC 6749 Appendix A (VSCHAR)
 */
export const identifier = (name: string, max: number) =>
  z
    .string()
    .min(1, `${name} is required`)
    .max(max, `${name} must be at most ${max} characters`)
    .refine(isPlainText, `${name} must not contain control characters`);
