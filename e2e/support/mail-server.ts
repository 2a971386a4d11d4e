import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
}

export interface MailServer {
  /** `SMTP_URL` for Gatehouse. */
  url: string;
  /** Resolves with the next mail to `address`, or one that came already. */
  nextMailTo(address: string): Promise<ReceivedMail>;
  close(): Promise<void>;
}

function toMail(parsed: ParsedMail): ReceivedMail {
  const recipients = [parsed.to ?? []]
    .flat()
    .flatMap((group) => group.value.map((entry) => entry.address ?? ""));
  return {
    to: recipients.map((address) => address.toLowerCase()),
    subject: parsed.subject ?? "",
    text: parsed.text ?? "",
    html: typeof parsed.html === "string" ? parsed.html : "",
  };
}

/** A real SMTP server in this process, as an operator's relay would be: it keeps every mail it is given. */
export async function startMailServer(): Promise<MailServer> {
  const received: ReceivedMail[] = [];
  const waiting: { address: string; resolve: (mail: ReceivedMail) => void }[] = [];

  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on loopback: no certificate to trust in a test.
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const mail = toMail(parsed);
          const index = waiting.findIndex((entry) => mail.to.includes(entry.address));
          const [waiter] = index >= 0 ? waiting.splice(index, 1) : [];
          if (waiter) waiter.resolve(mail);
          else received.push(mail);
          callback();
        })
        .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.server.address();
  if (address === null || typeof address === "string") throw new Error("the SMTP server has no port");
  const { port } = address;

  return {
    url: `smtp://127.0.0.1:${port}`,
    nextMailTo(address) {
      const wanted = address.toLowerCase();
      const index = received.findIndex((mail) => mail.to.includes(wanted));
      const [early] = index >= 0 ? received.splice(index, 1) : [];
      if (early) return Promise.resolve(early);
      return new Promise((resolve) => waiting.push({ address: wanted, resolve }));
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The first link in a mail's plain-text body that starts with `prefix`. */
export function linkIn(mail: ReceivedMail, prefix: string): string {
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const match = new RegExp(`${escaped}\\S+`).exec(mail.text);
  if (!match) throw new Error(`no link starting with ${prefix} in the mail "${mail.subject}"`);
  return match[0];
}
