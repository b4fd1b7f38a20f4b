import { describe, expect, it } from "vitest";
import { createLogger } from "@/lib/log";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({ write: (line: string) => void lines.push(JSON.parse(line)) });
  return { logger, lines };
}

describe("journaux JSON", () => {
  it("écrit une ligne JSON par événement, avec niveau, horodatage, service et identifiant de requête", () => {
    const { logger, lines } = capture();
    logger.warn({ requestId: "3f1c9a52-0d4e-4c1b-9d2a-8e7f6a5b4c3d", route: "/carte" }, "lent");
    expect(lines).toEqual([
      {
        level: "warn",
        time: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
        service: "guichet-iflts",
        requestId: "3f1c9a52-0d4e-4c1b-9d2a-8e7f6a5b4c3d",
        route: "/carte",
        msg: "lent",
      },
    ]);
  });

  it("masque les données personnelles passées par erreur, à plat ou dans un objet", () => {
    const { logger, lines } = capture();
    logger.error(
      {
        email: "camille@exemple.fr",
        user: {
          id: "u1",
          email: "camille@exemple.fr",
          nom: "Dupuy",
          prenom: "Camille",
          telephone: "0600000000",
        },
        headers: { cookie: "next-auth.session-token=secret", authorization: "Bearer x" },
        password: "Landes-Demo-2026!",
      },
      "échec",
    );
    const text = JSON.stringify(lines);
    for (const secret of [
      "camille@exemple.fr",
      "Dupuy",
      "Camille",
      "0600000000",
      "session-token",
      "Bearer",
      "Landes-Demo",
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(lines[0]).toMatchObject({
      user: { id: "u1", email: "[masqué]" },
      headers: { cookie: "[masqué]" },
    });
  });

  it("sérialise les erreurs avec leur type et leur message", () => {
    const { logger, lines } = capture();
    logger.error({ err: new TypeError("boom") }, "erreur serveur");
    expect(lines[0]).toMatchObject({
      err: { type: "TypeError", message: "boom", stack: expect.any(String) },
    });
  });
});
