import "server-only";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import { renderMail, type MailContent } from "@/lib/mail/render";
import { getRequestId } from "@/lib/request-id";

let transporter: Transporter | undefined;

// With SMTP_URL, mails go to that server; without it (demo, development) they are written
// as .eml files into MAIL_DIR and logged, so nothing is sent by accident.
function getTransporter(): Transporter {
  transporter ??= env.SMTP_URL
    ? nodemailer.createTransport(env.SMTP_URL)
    : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return transporter;
}

/** Sends one mail; a delivery failure is logged and reported as false, never thrown at the user. */
export async function sendMail(to: string, content: MailContent): Promise<boolean> {
  const { subject, text, html } = renderMail(content);
  try {
    const info = await getTransporter().sendMail({ from: env.MAIL_FROM, to, subject, text, html });
    if (!env.SMTP_URL && "message" in info && Buffer.isBuffer(info.message)) {
      await mkdir(env.MAIL_DIR, { recursive: true });
      const file = path.join(
        env.MAIL_DIR,
        `${new Date().toISOString().replace(/[:.]/g, "-")}-${to.replace(/[^a-z0-9]/gi, "_")}.eml`,
      );
      await writeFile(file, info.message);
      // The file name holds the recipient's address: log the folder only.
      logger.info(
        { requestId: await getRequestId(), dir: env.MAIL_DIR },
        "mail : écrit dans un fichier (SMTP_URL vide)",
      );
    }
    return true;
  } catch (error) {
    // The subject names the event, never the person; the recipient is not logged.
    logger.error({ requestId: await getRequestId(), subject, err: error }, "mail : échec de l'envoi");
    return false;
  }
}
