import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { createSmtpMailer } from "../src/mail/smtp-mailer.ts";

/** A mail as the test SMTP server received it. */
export interface ReceivedMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** A real SMTP server in this process, and the real SMTP mailer pointed at it. */
export interface TestMailbox {
  mailer: ReturnType<typeof createSmtpMailer>;
  received: ReceivedMail[];
  /** The next mail to `to` (one already received, or the next to arrive). */
  next(to: string, timeoutMs?: number): Promise<ReceivedMail>;
  /** Forgets every mail received so far: `next` waits for newer ones. */
  clear(): void;
  close(): Promise<void>;
}

const addresses = (field: ParsedMail["to"]): string =>
  (Array.isArray(field) ? field : field ? [field] : []).map((each) => each.text).join(", ");

export async function startMailbox(): Promise<TestMailbox> {
  const received: ReceivedMail[] = [];
  const taken = new Set<ReceivedMail>();
  const waiting = new Set<() => void>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, done) {
      simpleParser(stream).then(
        (parsed) => {
          received.push({
            from: parsed.from?.text ?? "",
            to: addresses(parsed.to),
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
          });
          for (const wake of waiting) wake();
          done();
        },
        (error: Error) => done(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  const mailer = createSmtpMailer({
    smtpUrl: `smtp://127.0.0.1:${port}`,
    from: "Gatehouse <gatehouse@example.com>",
  });
  return {
    mailer,
    received,
    next(to, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const look = () => {
          const mail = received.find((each) => !taken.has(each) && each.to.includes(to));
          if (!mail) return false;
          taken.add(mail);
          waiting.delete(wake);
          clearTimeout(timer);
          resolve(mail);
          return true;
        };
        const wake = () => void look();
        const timer = setTimeout(() => {
          waiting.delete(wake);
          reject(new Error(`no mail to ${to} within ${timeoutMs} ms`));
        }, timeoutMs);
        waiting.add(wake);
        look();
      });
    },
    clear() {
      for (const mail of received) taken.add(mail);
    },
    async close() {
      mailer.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The one-time token a mailed link carries in its fragment. */
export function tokenOf(link: string): string {
  const token = new URL(link).hash.slice(1);
  if (!token) throw new Error(`no token in ${link}`);
  return token;
}

/** The first link to `path` in a mail's text. */
export function linkIn(mail: ReceivedMail, path: string): string {
  const match = new RegExp(`https?://\\S+${path}#[A-Za-z0-9_-]+`).exec(mail.text);
  if (!match) throw new Error(`no ${path} link in: ${mail.text}`);
  return match[0];
}
