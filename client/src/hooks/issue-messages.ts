import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MESSAGES,
  PASSWORD_MIN_LENGTH,
  type PasswordProblem,
} from "@gatehouse/shared/passwords";
import type { z } from "zod";
import type { ApiError } from "../api/http.ts";
import { type FormErrors, issueErrors } from "./use-form-draft.ts";
import type { Translate } from "./use-intl.ts";

const PROBLEM_KEYS = {
  too_short: "people.password.tooShort",
  too_long: "people.password.tooLong",
  common: "people.password.common",
  contains_email: "people.password.containsEmail",
} as const;

/** A refused password in the page's language: the shared rule's verdict, never zod's English. */
export function passwordProblemText(t: Translate, problem: PasswordProblem): string {
  return t(PROBLEM_KEYS[problem], { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH });
}

function isProblem(value: unknown): value is PasswordProblem {
  return typeof value === "string" && value in PROBLEM_KEYS;
}

/**
 * What one zod issue says about `field`, in the page's language. The schemas' messages are English (the server's
 * `error_description` uses them), so the page reads the issue's code instead (docs/pages.md#languages).
 */
export function issueText(t: Translate, field: string, issue: z.core.$ZodIssue): string {
  if (field === "password" || field === "new_password") {
    const problem = issue.code === "custom" ? issue.params?.problem : undefined;
    if (isProblem(problem)) return passwordProblemText(t, problem);
    return issue.code === "too_big" ? passwordProblemText(t, "too_long") : t("people.password.enter");
  }
  if (field === "email") {
    return issue.code === "too_big"
      ? t("people.field.emailTooLong", { max: Number(issue.maximum) })
      : t("people.field.emailInvalid");
  }
  // setupSchema's bounds: both of its issues name the same range.
  if (field === "portal_name") return t("people.field.portalName", { min: 2, max: 64 });
  if (field !== "display_name") return t("people.field.invalid");
  if (issue.code === "too_small") return t("people.field.nameEmpty");
  if (issue.code === "too_big") return t("people.field.nameTooLong", { max: Number(issue.maximum) });
  return t("people.field.nameControl");
}

/** `issueErrors` in the page's language: the first issue about each field, said through `issueText`. */
export function issueTexts<Field extends string>(
  t: Translate,
  fields: readonly Field[],
  issues: readonly z.core.$ZodIssue[],
): FormErrors<Field> {
  return issueErrors(fields, issues, (field, issue) => issueText(t, field, issue));
}

/**
 * The server's `weak_password` answer beside the field. Its description is one of the shared rule's English
 * sentences (server/src/domain/passwords.ts), so the page names that rule in its own language; anything else
 * gets the catalogue's general sentence, never the server's words.
 */
export function weakPasswordText(t: Translate, error: ApiError): string {
  const problem = (Object.keys(PASSWORD_MESSAGES) as PasswordProblem[]).find(
    (key) => PASSWORD_MESSAGES[key] === error.description,
  );
  return problem === undefined ? t("account.password.cannotUse") : passwordProblemText(t, problem);
}
