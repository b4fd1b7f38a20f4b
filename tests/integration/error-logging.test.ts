// An unexpected failure inside an action: the user gets the generic French message with their
// values kept, and the log gets one JSON line with the request id and no personal data.
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { GENERIC_ERROR } from "@/lib/actions/result";
import { createPersona, form } from "@/tests/factories";
import { signInAs } from "@/tests/support/session";

vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-request-id": "3f1c9a52-0d4e-4c1b-9d2a-8e7f6a5b4c3d" }),
}));

describe("journal des erreurs inattendues", () => {
  it("journalise en JSON avec l'identifiant de requête, sans l'e-mail ni la saisie", async () => {
    const failing = defineAction({
      access: "apprenant",
      schema: z.object({ message: z.string() }),
      run: async () => {
        throw new Error("connexion perdue");
      },
    });
    signInAs(await createPersona("apprenant"));
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});

    const result = await failing(undefined, form({ message: "Je cherche un logement à Pissos" }));

    expect(result).toEqual({
      ok: false,
      formError: GENERIC_ERROR,
      values: { message: "Je cherche un logement à Pissos" },
    });
    expect(logged).toHaveBeenCalledTimes(1);
    const line = String(logged.mock.calls[0]![0]);
    expect(JSON.parse(line)).toMatchObject({
      level: "error",
      requestId: "3f1c9a52-0d4e-4c1b-9d2a-8e7f6a5b4c3d",
      msg: "action : erreur inattendue",
      err: { message: "connexion perdue" },
    });
    expect(line).not.toContain("apprenant@demo.iflts.fr");
    expect(line).not.toContain("Pissos");
    logged.mockRestore();
  });
});
