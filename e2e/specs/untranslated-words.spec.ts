import { describe, expect, it } from "vitest";
import { latinRuns } from "../support/untranslated.ts";

// The rule the Arabic pages are held to (e2e/support/untranslated.ts), on strings alone: no browser.

describe("latinRuns: three or more Latin-script words left in a translated page", () => {
  it("finds the English runs of a sentence, punctuation neither breaking nor counting", () => {
    expect(latinRuns("Sign in with a passkey", [])).toEqual(["Sign in with a passkey"]);
    expect(latinRuns("لا يشارك Gatehouse — Make sure you trust, it’s fine.", ["Gatehouse"])).toEqual([
      "Make sure you trust it’s fine",
    ]);
    expect(latinRuns("View your email address", [])).toEqual(["View your email address"]);
  });

  it("leaves Arabic, two-word runs, the test data's names, emails, URLs, hosts, scope names and codes", () => {
    expect(latinRuns("تسجيل الدخول إلى Demo Notes عبر Acme", ["Demo Notes", "Acme"])).toEqual([]);
    expect(latinRuns("Sign in", [])).toEqual([]);
    expect(latinRuns("Alice Example alice@example.com wide.example.com", ["Alice Example"])).toEqual([]);
    expect(
      latinRuns("https://wide.example.com/about localhost:5175 files:read accounts.self:read", []),
    ).toEqual([]);
    expect(latinRuns("invalid_client ABCD-1234 a585c162-9587 رمز", [])).toEqual([]);
  });

  it("takes a name out only as a whole word, so a longer English word around it still counts", () => {
    expect(latinRuns("Acmes are never here", ["Acme"])).toEqual(["Acmes are never here"]);
  });
});
