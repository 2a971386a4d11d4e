import type { Mail } from "./mailer.ts";

/** The product's name, as every mail names its sender. */
const PRODUCT = "Gatehouse";

/** HTML-escapes text that came from people (names, portal names) or from configuration (links). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** "30 minutes" or "7 days": how long a link works, in words. */
export function durationInWords(seconds: number): string {
  const [amount, unit] =
    seconds % 86_400 === 0
      ? [seconds / 86_400, "day"]
      : seconds % 3_600 === 0
        ? [seconds / 3_600, "hour"]
        : [Math.ceil(seconds / 60), "minute"];
  return `${amount} ${unit}${amount === 1 ? "" : "s"}`;
}

interface LinkMail {
  to: string;
  subject: string;
  /** Sentences before the link, as plain text (escaped for the HTML body). */
  lines: string[];
  link: string;
  action: string;
  validFor: number;
}

/** A mail carrying one link: the same words as text and as escaped HTML. */
function linkMail({ to, subject, lines, link, action, validFor }: LinkMail): Mail {
  const validity = `The link works once, within ${durationInWords(validFor)}.`;
  const ignore = "If you did not expect this mail, you can ignore it.";
  const text = [...lines, "", `${action}: ${link}`, "", validity, ignore, "", `— ${PRODUCT}`].join("\n");
  const html = [
    ...lines.map((line) => `<p>${escapeHtml(line)}</p>`),
    `<p><a href="${escapeHtml(link)}">${escapeHtml(action)}</a></p>`,
    `<p>${escapeHtml(validity)} ${escapeHtml(ignore)}</p>`,
    `<p>— ${PRODUCT}</p>`,
  ].join("\n");
  return { to, subject, text, html };
}

/** docs/api.md#people: the invited person's link to join a portal. */
export function invitationMail(input: {
  to: string;
  portalName: string;
  inviterName: string;
  link: string;
  validFor: number;
}): Mail {
  return linkMail({
    to: input.to,
    subject: `You are invited to ${input.portalName} on ${PRODUCT}`,
    lines: [`${input.inviterName} invited you to join the portal ${input.portalName} on ${PRODUCT}.`],
    link: input.link,
    action: "Accept the invitation",
    validFor: input.validFor,
  });
}

/** docs/api.md#password-reset: the link that sets a new password. */
export function passwordResetMail(input: {
  to: string;
  portalName: string | null;
  link: string;
  validFor: number;
}): Mail {
  const where = input.portalName ? `${input.portalName} on ${PRODUCT}` : PRODUCT;
  return linkMail({
    to: input.to,
    subject: `Reset your ${PRODUCT} password`,
    lines: [`Someone asked to reset the password of your account for ${where}.`],
    link: input.link,
    action: "Choose a new password",
    validFor: input.validFor,
  });
}
