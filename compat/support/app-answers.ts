import { z } from "zod";

/**
 * What every app under test answers on `GET /me` and `POST /refresh`, whatever its library, so
 * each spec asserts the same things: who the library says is signed in, what it got from userinfo,
 * and the tokens before and after its own refresh.
 */
const claimsSchema = z.looseObject({
  sub: z.string(),
  email: z.string().optional(),
  email_verified: z.boolean().optional(),
  name: z.string().optional(),
});

export const signedInSchema = z.object({
  /** The user as the library hands it to the app. */
  user: claimsSchema,
  /** The userinfo answer the library fetched, when it fetched one itself. */
  userinfo: claimsSchema.optional(),
  /** The `alg` of the ID token the library accepted. */
  id_token_alg: z.string().optional(),
});
export type SignedIn = z.infer<typeof signedInSchema>;

const tokenPairSchema = z.object({ access_token: z.string(), refresh_token: z.string() });

export const refreshedSchema = z.object({ before: tokenPairSchema, after: tokenPairSchema });
export type Refreshed = z.infer<typeof refreshedSchema>;
