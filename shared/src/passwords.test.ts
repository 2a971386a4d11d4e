import { describe, expect, it } from "vitest";
import { passwordProblem } from "./passwords.ts";
import { newPasswordSchema } from "./schemas/account.ts";

describe("passwordProblem (docs/security.md#passwords)", () => {
  it("refuses fewer than 10 characters, counting code points", () => {
    expect(passwordProblem("Zq8!vR2#m", "dana@example.com")).toBe("too_short");
    expect(passwordProblem("🦊🦊🦊🦊🦊🦊🦊🦊🦊", "dana@example.com")).toBe("too_short");
  });

  it("refuses more than 256 characters", () => {
    expect(passwordProblem("x".repeat(257), "dana@example.com")).toBe("too_long");
  });

  it("refuses a password containing the email's local part, in any case", () => {
    expect(passwordProblem("Dana-Wintergreen-42", "dana@example.com")).toBe("contains_email");
    expect(passwordProblem("my DANA.RIOS passphrase", "dana.rios@example.com")).toBe("contains_email");
  });

  it.each(["password123", "qwertyuiop", "Password1!", "1234567890", "iloveyou123", "P@ssw0rd2024"])(
    "refuses the common or guessable %s",
    (password) => {
      expect(passwordProblem(password, "dana@example.com")).toBe("common");
    },
  );

  it.each(["correct horse battery staple", "Tangerine-Viaduct-93", "v7#Qm2!xLp9@Rz"])(
    "accepts %s",
    (password) => {
      expect(passwordProblem(password, "dana@example.com")).toBeNull();
    },
  );

  it("gives the form and the server one message per refusal", () => {
    const result = newPasswordSchema("dana@example.com").safeParse("short");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Use at least 10 characters");
    expect(newPasswordSchema("dana@example.com").safeParse("Tangerine-Viaduct-93").success).toBe(true);
  });
});
