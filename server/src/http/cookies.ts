import { parse, serialize } from "cookie";
import type { Request, Response } from "express";

/**
 * Our cookies: HttpOnly, SameSite=Lax, Path=/; on an https issuer also Secure and `__Host-` prefixed
 * (docs/security.md#cookies).
 */
export interface CookieJar {
  read(req: Request, name: CookieName): string | undefined;
  write(res: Response, name: CookieName, value: string, maxAgeSeconds: number): void;
  clear(res: Response, name: CookieName): void;
}

/**
 * `passkey`: a passwordless passkey attempt's challenge binding; `pending_sign_in`: a sign-in between
 * its password and its second factor (docs/api.md#second-factors).
 */
export type CookieName = "session" | "browser" | "passkey" | "pending_sign_in";

export function createCookieJar(issuer: string): CookieJar {
  const secure = new URL(issuer).protocol === "https:";
  const fullName = (name: CookieName) => `${secure ? "__Host-" : ""}gatehouse_${name}`;
  const options = { httpOnly: true, sameSite: "lax", path: "/", secure } as const;
  return {
    read(req, name) {
      const header = req.get("cookie");
      return header ? parse(header)[fullName(name)] : undefined;
    },
    write(res, name, value, maxAgeSeconds) {
      res.append("Set-Cookie", serialize(fullName(name), value, { ...options, maxAge: maxAgeSeconds }));
    },
    clear(res, name) {
      res.append("Set-Cookie", serialize(fullName(name), "", { ...options, maxAge: 0 }));
    },
  };
}
