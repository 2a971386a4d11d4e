import { formatMessage, type Locale, type MessageKey, matchLocale } from "@gatehouse/shared";
import type { Mail } from "./mailer.ts";

/** The product's name, as every mail names its sender. */
const PRODUCT = "Gatehouse";

/** HTML-escapes text that came from people (names, portal names) or from configuration (links). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** How long a link works, as the catalogue's `mail.validity` counts it: whole days, hours, else minutes. */
export function validityOf(seconds: number): { unit: "day" | "hour" | "minute"; amount: number } {
  if (seconds % 86_400 === 0) return { unit: "day", amount: seconds / 86_400 };
  if (seconds % 3_600 === 0) return { unit: "hour", amount: seconds / 3_600 };
  return { unit: "minute", amount: Math.ceil(seconds / 60) };
}

/** A mail's language: the recipient's own (their profile's `locale`) when we speak it, else `DEFAULT_LOCALE`. */
export function mailLocale(recipientLocale: string | null, defaultLocale: Locale): Locale {
  return (recipientLocale ? matchLocale([recipientLocale]) : null) ?? defaultLocale;
}

interface LinkMail {
  to: string;
  locale: Locale;
  subject: string;
  /** Sentences before the link, as plain text (escaped for the HTML body). */
  lines: string[];
  link: string;
  action: string;
  validFor: number;
}

/** A mail carrying one link: the same words as text and as escaped HTML, in the recipient's language. */
function linkMail({ to, locale, subject, lines, link, action, validFor }: LinkMail): Mail {
  const validity = formatMessage(locale, "mail.validity", validityOf(validFor));
  const ignore = formatMessage(locale, "mail.ignore");
  const text = [...lines, "", `${action}: ${link}`, "", validity, ignore, "", `— ${PRODUCT}`].join("\n");
  const html = [
    ...lines.map((line) => `<p>${escapeHtml(line)}</p>`),
    `<p><a href="${escapeHtml(link)}">${escapeHtml(action)}</a></p>`,
    `<p>${escapeHtml(validity)} ${escapeHtml(ignore)}</p>`,
    `<p>— ${PRODUCT}</p>`,
  ].join("\n");
  return { to, subject, text, html };
}

/** docs/api.md#people: the invited person's link to join a portal, in `locale` (docs/pages.md#languages). */
export function invitationMail(input: {
  to: string;
  locale: Locale;
  portalName: string;
  inviterName: string;
  link: string;
  validFor: number;
}): Mail {
  const say = (key: MessageKey) =>
    formatMessage(input.locale, key, { portal: input.portalName, inviter: input.inviterName });
  return linkMail({
    to: input.to,
    locale: input.locale,
    subject: say("mail.invitation.subject"),
    lines: [say("mail.invitation.line")],
    link: input.link,
    action: say("mail.invitation.action"),
    validFor: input.validFor,
  });
}

/** docs/api.md#password-reset: the link that sets a new password, in `locale` (docs/pages.md#languages). */
export function passwordResetMail(input: {
  to: string;
  locale: Locale;
  portalName: string | null;
  link: string;
  validFor: number;
}): Mail {
  const line = input.portalName
    ? formatMessage(input.locale, "mail.reset.line", { portal: input.portalName })
    : formatMessage(input.locale, "mail.reset.lineNoPortal");
  return linkMail({
    to: input.to,
    locale: input.locale,
    subject: formatMessage(input.locale, "mail.reset.subject"),
    lines: [line],
    link: input.link,
    action: formatMessage(input.locale, "mail.reset.action"),
    validFor: input.validFor,
  });
}
