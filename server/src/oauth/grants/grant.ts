import type { TokenResponse } from "@gatehouse/shared";
import type { z } from "zod";
import type { Deps } from "../../deps.ts";
import { invalidScope } from "../../errors.ts";
import type { FormExchange } from "../../http/form-endpoint.ts";
import { parseWith } from "../../http/parse.ts";
import type { ClientRecord } from "../../store/types.ts";
import { authenticateFormClient } from "../client-auth.ts";

/** The credentials every grant's form may carry. @see RFC 6749 §2.3.1 */
interface ClientCredentials {
  client_id?: string | undefined;
  client_secret?: string | undefined;
}

/** One grant type at the token endpoint: parse its form, authenticate the client, answer. */
export type Grant = (deps: Deps, exchange: FormExchange) => Promise<TokenResponse>;

/** A bad `scope` is `invalid_scope`, anything else `invalid_request`. @see RFC 6749 §5.2 */
function parseGrantForm<Schema extends z.ZodType<ClientCredentials>>(
  parameters: Schema,
  source: Readonly<Record<string, string>>,
): z.output<Schema> {
  const parsed = parameters.safeParse(source);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  if (issue?.path[0] === "scope") throw invalidScope(issue.message);
  return parseWith(parameters, source);
}

/**
 * A grant from its form's zod schema and a thin adapter to a domain verb; the adapter gets its own
 * parsed form, already behind client authentication.
 * @see RFC 6749 §3.2 and §3.2.1
 */
export function defineGrant<Schema extends z.ZodType<ClientCredentials>>(
  parameters: Schema,
  answer: (
    deps: Deps,
    form: z.output<Schema>,
    client: ClientRecord,
    exchange: FormExchange,
  ) => Promise<TokenResponse>,
): Grant {
  return async function grant(deps, exchange) {
    const form = parseGrantForm(parameters, exchange.params);
    const client = await authenticateFormClient(deps, exchange, form);
    return answer(deps, form, client, exchange);
  };
}
