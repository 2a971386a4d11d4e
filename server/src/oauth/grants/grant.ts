import type { TokenResponse } from "@gatehouse/shared";
import type { z } from "zod";
import type { Deps } from "../../deps.ts";
import type { ClientRecord } from "../../store/types.ts";

/** The one shape every grant type shares; `token.ts` picks one by `grant_type`. */
export interface Grant<Schema extends z.ZodType> {
  grantType: string;
  /** The shared zod schema of the grant's form parameters. */
  parameters: Schema;
  handle(deps: Deps, form: z.infer<Schema>, client: ClientRecord): Promise<TokenResponse>;
}
