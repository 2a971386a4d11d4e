import { describe, expect, it } from "vitest";
import { refusal } from "../../test/refusal.ts";
import { parseBasicCredentials } from "./client-auth.ts";

const basic = (credentials: string) => `Basic ${Buffer.from(credentials, "utf8").toString("base64")}`;

describe("parseBasicCredentials (RFC 6749 §2.3.1: form-urlencoded, then base64)", () => {
  it("reads a client_id and client_secret", () => {
    expect(
      parseBasicCredentials(
        basic("a585c162-9587-4e5c-8796-d675ff2dbd6c:2e336694-e4b4-45c0-bff6-48bb5704235b"),
      ),
    ).toEqual({
      clientId: "a585c162-9587-4e5c-8796-d675ff2dbd6c",
      clientSecret: "2e336694-e4b4-45c0-bff6-48bb5704235b",
    });
  });

  it("C25 undoes the form-urlencoding: %3A is a colon and + is a space", () => {
    expect(parseBasicCredentials(basic("my%3Aclient:p%2Bss+word%3A%25"))).toEqual({
      clientId: "my:client",
      clientSecret: "p+ss word:%",
    });
  });

  it("C25 decodes percent-encoded UTF-8", () => {
    expect(parseBasicCredentials(basic("caf%C3%A9:s%C3%A9cret"))).toEqual({
      clientId: "café",
      clientSecret: "sécret",
    });
  });

  it("splits at the first colon, so an unencoded colon stays in the secret", () => {
    expect(parseBasicCredentials(basic("id:se:cret"))).toEqual({ clientId: "id", clientSecret: "se:cret" });
  });

  it("accepts the scheme in any case and an unpadded value", () => {
    const value = Buffer.from("id:secret1").toString("base64");
    expect(parseBasicCredentials(`basic ${value}`)).toEqual({ clientId: "id", clientSecret: "secret1" });
    expect(parseBasicCredentials(`BASIC ${value.replace(/=+$/, "")}`)).toEqual({
      clientId: "id",
      clientSecret: "secret1",
    });
  });

  it("reads an empty secret as empty, leaving the refusal to client authentication", () => {
    expect(parseBasicCredentials(basic("id:"))).toEqual({ clientId: "id", clientSecret: "" });
  });

  it.each([
    ["a value that is not base64", "Basic !!!not-base64!!!"],
    ["no value", "Basic "],
    ["no colon", basic("just-an-id")],
    ["an empty client_id", basic(":secret")],
    ["malformed percent-encoding in the id", basic("id%ZZ:secret")],
    ["malformed percent-encoding in the secret", basic("id:secret%E0%A4%A")],
    ["another scheme", "Bearer abc.def.ghi"],
    ["a second value", `${basic("id:secret")} ${Buffer.from("x:y").toString("base64")}`],
  ])("C25 refuses %s with 401 invalid_client and a Basic challenge", (_case, header) => {
    const error = refusal(() => parseBasicCredentials(header));
    expect(error.code).toBe("invalid_client");
    expect(error.status).toBe(401);
    expect(error.headers["WWW-Authenticate"]).toMatch(/^Basic /);
  });
});
