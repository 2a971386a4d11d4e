import nodemailer from "nodemailer";
import type { Mail, Mailer } from "../domain/mailer.ts";

/** The `Mailer` on `SMTP_URL` (docs/configuration.md#mail): one pooled transport, plain text and HTML in each mail. */
export function createSmtpMailer({
  smtpUrl,
  from,
}: {
  smtpUrl: string;
  from: string;
}): Mailer & { close(): void } {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send({ to, subject, text, html }: Mail) {
      await transport.sendMail({ from, to, subject, text, html });
    },
    close: () => transport.close(),
  };
}
