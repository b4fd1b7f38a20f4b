// A real SMTP server on a loopback port that keeps what it receives, for tests that send mail.
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer, type SMTPServerSession } from "smtp-server";

export type CapturedMail = {
  /** Envelope recipients, lower-cased (includes Bcc). */
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string | null;
  receivedAt: string;
};

export type SmtpCapture = {
  url: string;
  messages: CapturedMail[];
  /** Resolves with the first message (already received or to come) matching `predicate`. */
  waitForMessage(predicate: (mail: CapturedMail) => boolean, timeoutMs?: number): Promise<CapturedMail>;
  stop(): Promise<void>;
};

function toCapturedMail(parsed: ParsedMail, session: SMTPServerSession): CapturedMail {
  return {
    to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
    from: parsed.from?.text ?? "",
    subject: parsed.subject ?? "",
    text: parsed.text ?? "",
    html: parsed.html || null,
    receivedAt: new Date().toISOString(),
  };
}

/** Starts the server on 127.0.0.1 (`port` 0: any free port); `onMessage` sees each mail as it arrives. */
export async function startSmtpCapture(
  options: { port?: number; onMessage?: (mail: CapturedMail) => void } = {},
): Promise<SmtpCapture> {
  const messages: CapturedMail[] = [];
  const waiters = new Set<() => void>();
  const server = new SMTPServer({
    authOptional: true,
    // Plain text on loopback: no certificate to manage, and nodemailer may still send credentials.
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    onAuth: (auth, _session, callback) => callback(null, { user: auth.username ?? "test" }),
    closeTimeout: 1000,
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          const mail = toCapturedMail(parsed, session);
          messages.push(mail);
          options.onMessage?.(mail);
          for (const wake of waiters) wake();
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  server.listen(options.port ?? 0, "127.0.0.1");
  await once(server.server, "listening");
  // Never keeps a test process alive on its own.
  server.server.unref();
  const { port } = server.server.address() as AddressInfo;

  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    waitForMessage(predicate, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = messages.find(predicate);
          if (!found) return;
          stopWaiting();
          resolve(found);
        };
        const timer = setTimeout(() => {
          stopWaiting();
          const received =
            messages.map((m) => `« ${m.subject} » → ${m.to.join(", ")}`).join(" ; ") || "aucun";
          reject(new Error(`Aucun e-mail attendu reçu en ${timeoutMs} ms (reçus : ${received})`));
        }, timeoutMs);
        const stopWaiting = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// One server per vitest worker process, reused by every test file it runs (modules are
// re-evaluated per file, globalThis is not).
const holder = globalThis as unknown as { __ifltsSmtpCapture?: SmtpCapture };

/** Starts this worker's capture server once; the integration setup points SMTP_URL at it. */
export async function startWorkerSmtpCapture(): Promise<SmtpCapture> {
  holder.__ifltsSmtpCapture ??= await startSmtpCapture();
  return holder.__ifltsSmtpCapture;
}

/** The capture server receiving the mail sent by the app in integration tests. */
export function getSmtpCapture(): SmtpCapture {
  if (!holder.__ifltsSmtpCapture)
    throw new Error("Serveur SMTP de test non démarré (projet integration seulement).");
  return holder.__ifltsSmtpCapture;
}
