import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { demanderReinitialisation, reinitialiserMotDePasse } from "@/lib/comptes/actions";
import { ComptesErrors } from "@/lib/comptes/errors";
import { authenticate } from "@/lib/auth/authenticate";
import { expectRedirect } from "@/tests/support/session";
import { getSmtpCapture } from "@/tests/support/smtp";
import { createUser, form } from "@/tests/factories";

const NEW_PASSWORD = "nouvelle phrase de passe";

async function requestLink(email: string): Promise<string> {
  const result = await demanderReinitialisation(undefined, form({ email }));
  expect(result).toMatchObject({ ok: true, message: expect.stringMatching(/Si un compte existe/) });
  const mail = await getSmtpCapture().waitForMessage((m) => m.to.includes(email));
  const token = /jeton=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
  expect(token, "lien avec jeton dans le mail").toBeTruthy();
  return token!;
}

const resetForm = (token: string) => form({ token, password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD });

describe("réinitialisation du mot de passe", () => {
  it("envoie un lien à usage unique qui change le mot de passe", async () => {
    await createUser({ email: "nina@exemple.fr", password: "ancienne phrase de passe" });
    const token = await requestLink("nina@exemple.fr");
    expect(await db.passwordResetToken.count({ where: { tokenHash: token } })).toBe(0);
    await expectRedirect(
      reinitialiserMotDePasse(undefined, resetForm(token)),
      "/connexion?reinitialisation=ok",
    );
    await expect(
      authenticate({ email: "nina@exemple.fr", password: NEW_PASSWORD }, "10.1.0.1"),
    ).resolves.not.toBeNull();
    await expect(
      authenticate({ email: "nina@exemple.fr", password: "ancienne phrase de passe" }, "10.1.0.1"),
    ).resolves.toBeNull();
  });

  it("répond la même chose pour une adresse inconnue, sans envoyer de mail", async () => {
    const result = await demanderReinitialisation(undefined, form({ email: "personne@exemple.fr" }));
    expect(result).toMatchObject({ ok: true, message: expect.stringMatching(/Si un compte existe/) });
    await new Promise((r) => setTimeout(r, 200));
    expect(getSmtpCapture().messages).toHaveLength(0);
  });

  it("refuse un lien déjà utilisé", async () => {
    await createUser({ email: "nina@exemple.fr" });
    const token = await requestLink("nina@exemple.fr");
    await expectRedirect(
      reinitialiserMotDePasse(undefined, resetForm(token)),
      "/connexion?reinitialisation=ok",
    );
    const again = await reinitialiserMotDePasse(undefined, resetForm(token));
    // The token is never echoed back to the browser.
    expect(again).toEqual({ ok: false, formError: ComptesErrors.LienDejaUtilise, values: {} });
  });

  it("n'accepte qu'une fois un lien utilisé deux fois en même temps", async () => {
    await createUser({ email: "nina@exemple.fr" });
    const token = await requestLink("nina@exemple.fr");
    const outcomes = await Promise.allSettled([
      reinitialiserMotDePasse(undefined, resetForm(token)),
      reinitialiserMotDePasse(undefined, resetForm(token)),
    ]);
    const redirected = outcomes.filter((o) => o.status === "rejected");
    const refused = outcomes.filter((o) => o.status === "fulfilled" && !o.value.ok);
    expect(redirected).toHaveLength(1);
    expect(refused).toHaveLength(1);
  });

  it("refuse un lien expiré", async () => {
    await createUser({ email: "nina@exemple.fr" });
    const token = await requestLink("nina@exemple.fr");
    await db.passwordResetToken.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    const result = await reinitialiserMotDePasse(undefined, resetForm(token));
    expect(result).toMatchObject({ ok: false, formError: ComptesErrors.LienExpire });
  });

  it("refuse un lien inventé", async () => {
    const result = await reinitialiserMotDePasse(undefined, resetForm("a".repeat(43)));
    expect(result).toMatchObject({ ok: false, formError: ComptesErrors.LienInvalide });
  });

  it("garde un lien intact quand le nouveau mot de passe est refusé", async () => {
    await createUser({ email: "nina@exemple.fr" });
    const token = await requestLink("nina@exemple.fr");
    const weak = await reinitialiserMotDePasse(
      undefined,
      form({ token, password: "court", passwordConfirm: "court" }),
    );
    expect(weak).toMatchObject({
      ok: false,
      fieldErrors: { password: [expect.stringMatching(/au moins 12/)] },
    });
    await expectRedirect(
      reinitialiserMotDePasse(undefined, resetForm(token)),
      "/connexion?reinitialisation=ok",
    );
  });
});
