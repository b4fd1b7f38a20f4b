import "server-only";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";
import { renderMail, type MailContent } from "@/lib/mail/render";

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
      console.info(`[mail] « ${subject} » écrit dans ${file}`);
    }
    return true;
  } catch (error) {
    console.error("[mail] échec de l'envoi", { subject }, error);
    return false;
  }
}
