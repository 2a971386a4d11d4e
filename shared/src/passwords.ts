import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";

/** The shortest password accepted (docs/security.md#passwords; OWASP ASVS 2.1.1 asks for at least 12 without MFA, NIST 800-63B for 8). */
export const PASSWORD_MIN_LENGTH = 10;
/** Long enough for any passphrase, short enough that hashing it costs nothing unusual. */
export const PASSWORD_MAX_LENGTH = 256;

export const PASSWORD_PROBLEMS = ["too_short", "too_long", "common", "contains_email"] as const;
export type PasswordProblem = (typeof PASSWORD_PROBLEMS)[number];

/** The English sentence for each refusal; the form shows it beside the field, the server in `error_description`. */
export const PASSWORD_MESSAGES: Record<PasswordProblem, string> = {
  too_short: `Use at least ${PASSWORD_MIN_LENGTH} characters`,
  too_long: `Use at most ${PASSWORD_MAX_LENGTH} characters`,
  common: "This password is too common or too easy to guess",
  contains_email: "The password must not contain your email address",
};

let estimator: ZxcvbnFactory | undefined;

/** zxcvbn with its common-password, name and keyboard dictionaries, built on first use. */
function passwordEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  return estimator;
}

/**
 * Why `password` may not be used by the person with `email`, or null when it may: too short, too
 * long, containing the email's local part, or guessable in fewer than 10^10 tries (zxcvbn score below 3:
 * common passwords, names, keyboard walks, dates and their l33t variants).
 * @see docs/security.md#passwords, NIST SP 800-63B §5.1.1.2
 */
export function passwordProblem(password: string, email: string): PasswordProblem | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return "too_short";
  if ([...password].length > PASSWORD_MAX_LENGTH) return "too_long";
  const localPart = email.split("@")[0]?.toLowerCase() ?? "";
  if (localPart.length >= 3 && password.toLowerCase().includes(localPart)) return "contains_email";
  const { score } = passwordEstimator().check(password, [email, localPart]);
  return score < 3 ? "common" : null;
}
