import type { z } from "zod";
import { invalidRequest } from "../errors.ts";
import { parseWith } from "./parse.ts";

/** At most this many parameters in one request, whatever the endpoint. */
export const PARAMETER_LIMIT = 50;
/** No parameter value is longer, known or not; schemas bound the ones they know more tightly. */
export const VALUE_LIMIT = 8192;

/** A query or form: raw `URLSearchParams`, or what a querystring parser made of it (a repeat as an array). */
export type ParameterSource = URLSearchParams | Readonly<Record<string, unknown>>;

/** A request's parameters, split into the ones sent well and the ones refused. */
export interface Parameters {
  /** Parameters sent once, as a string of bounded length. */
  readonly values: Readonly<Record<string, string>>;
  /** Names left out of `values`: sent more than once, not as a string, or too long. */
  readonly refused: ReadonlySet<string>;
  /** Why the first refused parameter was refused, or that there were too many; null when none was. */
  readonly refusal: string | null;
}

function* pairsOf(source: ParameterSource): Generator<readonly [string, unknown]> {
  if (source instanceof URLSearchParams) {
    yield* source;
    return;
  }
  for (const [name, value] of Object.entries(source)) {
    if (Array.isArray(value)) for (const each of value) yield [name, each];
    else yield [name, value];
  }
}

/** A parameter's name as an error description may repeat it: short and printable, or not at all. */
const labelOf = (name: string): string => (/^[\x21-\x7e]{1,64}$/.test(name) ? name : "a parameter");

/**
 * Reads `source` once through: each parameter sent once as a string (RFC 6749 §3.1), at most
 * `VALUE_LIMIT` long; `refuse` hears about every other, and about a parameter beyond `PARAMETER_LIMIT`
 * (named "", reading stops there).
 */
function readParameters(
  source: ParameterSource,
  refuse: (name: string, description: string) => void,
): Record<string, string> {
  const values: Record<string, string> = Object.create(null);
  const seen = new Set<string>();
  let count = 0;
  for (const [name, value] of pairsOf(source)) {
    if (name === "") continue;
    count += 1;
    if (count > PARAMETER_LIMIT) {
      refuse("", `at most ${PARAMETER_LIMIT} parameters are accepted`);
      break;
    }
    if (seen.has(name) || typeof value !== "string") {
      seen.add(name);
      delete values[name];
      refuse(name, `${labelOf(name)} must be sent once, as a single value`);
    } else if (value.length > VALUE_LIMIT) {
      seen.add(name);
      refuse(name, `${labelOf(name)} is longer than ${VALUE_LIMIT} characters`);
    } else {
      seen.add(name);
      values[name] = value;
    }
  }
  return values;
}

/** Every parameter, the refused ones apart: for an endpoint that decides itself how to answer them. */
export function collectParameters(source: ParameterSource): Parameters {
  const refused = new Set<string>();
  let refusal: string | null = null;
  const values = readParameters(source, (name, description) => {
    if (name !== "") refused.add(name);
    refusal ??= description;
  });
  return { values, refused, refusal };
}

/** The parameters, each sent once and bounded; the first that is not is an `invalid_request`. */
export function singleParameters(source: ParameterSource): Record<string, string> {
  return readParameters(source, (_name, description) => {
    throw invalidRequest(description);
  });
}

/** The one parameter parser: each parameter once and bounded, then `schema`. @see RFC 6749 §3.1 */
export function parseParameters<Schema extends z.ZodType>(
  schema: Schema,
  source: ParameterSource,
): z.infer<Schema> {
  return parseWith(schema, singleParameters(source));
}
