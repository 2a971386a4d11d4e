import { PASSWORD_MESSAGES, type PasswordProblem } from "@gatehouse/shared/passwords";
import { newPasswordSchema } from "@gatehouse/shared/schemas/account";
import { setupSchema } from "@gatehouse/shared/schemas/people";
import { describe, expect, it } from "vitest";
import { ApiError } from "../api/http.ts";
import { issueText, issueTexts, passwordProblemText, weakPasswordText } from "./issue-messages.ts";
import { intlFor, type Translate } from "./use-intl.ts";

const say =
  (locale: "en" | "fr"): Translate =>
  (key, values) =>
    intlFor(locale).formatMessage({ id: key }, values);
const SETUP = ["portal_name", "email", "display_name", "password"] as const;

describe("the shared rules' refusals in the page's language", () => {
  it("words every password refusal in English exactly as the shared rule does", () => {
    for (const [problem, message] of Object.entries(PASSWORD_MESSAGES))
      expect(passwordProblemText(say("en"), problem as PasswordProblem)).toBe(message);
  });

  it("words the setup form's zod issues in English exactly as the schemas do, and in French", () => {
    const parsed = setupSchema.safeParse({
      token: "c2V0dXAtdG9rZW4tZm9yLXRlc3Rz",
      portal_name: "A",
      email: "not an email",
      display_name: " ",
      password: "",
    });
    const issues = parsed.error?.issues ?? [];
    const zodSays = Object.fromEntries(
      SETUP.map((field) => [field, issues.find((i) => i.path[0] === field)?.message]),
    );
    expect(issueTexts(say("en"), SETUP, issues)).toEqual(zodSays);
    expect(issueTexts(say("fr"), SETUP, issues)).toEqual({
      portal_name: "Le nom du portail doit comporter de 2 à 64 caractères",
      email: "Saisissez un e-mail valide",
      display_name: "Saisissez un nom",
      password: "Saisissez un mot de passe",
    });
  });

  it("names the rule a password breaks, from the shared rule's own issue", () => {
    const issue = newPasswordSchema("dana@example.com").safeParse("dana-example-2026").error?.issues[0];
    expect(issue && issueText(say("fr"), "password", issue)).toBe(
      "Le mot de passe ne doit pas contenir votre adresse e-mail",
    );
  });

  it("says the server's weak_password in the page's words, never in the server's", () => {
    const refused = new ApiError(400, "weak_password", PASSWORD_MESSAGES.common);
    expect(weakPasswordText(say("fr"), refused)).toBe(
      "Ce mot de passe est trop courant ou trop facile à deviner",
    );
    const unknown = new ApiError(400, "weak_password", "something the page does not know");
    expect(weakPasswordText(say("en"), unknown)).toBe("This password cannot be used");
  });
});
