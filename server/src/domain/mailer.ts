/** One mail, with a plain-text and an HTML body of the same words. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** What sends mail: SMTP in production (`SMTP_URL`), an in-process SMTP server in tests. */
export interface Mailer {
  send(mail: Mail): Promise<void>;
}
