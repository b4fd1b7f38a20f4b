// Plain-text and HTML bodies from one description; every user-provided string is escaped.

export type MailContent = {
  subject: string;
  greeting: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  footer?: string;
};

export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}

const SIGNATURE = "L'équipe du guichet numérique de l'IFLTS";

export function renderMail(content: MailContent): { subject: string; text: string; html: string } {
  const text = [
    content.greeting,
    "",
    ...content.paragraphs.flatMap((p) => [p, ""]),
    ...(content.action ? [`${content.action.label} : ${content.action.url}`, ""] : []),
    ...(content.footer ? [content.footer, ""] : []),
    SIGNATURE,
  ].join("\n");
  const html = `<!doctype html><html lang="fr"><body style="font-family:Arial,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a">
<p>${escapeHtml(content.greeting)}</p>
${content.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n")}
${content.action ? `<p><a href="${escapeHtml(content.action.url)}" style="color:#1f5f3f;font-weight:bold">${escapeHtml(content.action.label)}</a></p>` : ""}
${content.footer ? `<p style="color:#555;font-size:14px">${escapeHtml(content.footer)}</p>` : ""}
<p>${escapeHtml(SIGNATURE)}</p>
</body></html>`;
  return { subject: content.subject, text, html };
}
