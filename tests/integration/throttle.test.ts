import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { authenticate, TOO_MANY_ATTEMPTS } from "@/lib/auth/authenticate";
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_IP } from "@/lib/auth/throttle";
import { createUser } from "@/tests/factories";

const PASSWORD = "mot de passe correct";

describe("connexion", () => {
  it("accepte le bon mot de passe quelle que soit la casse de l'adresse", async () => {
    const user = await createUser({ email: "claire@exemple.fr", password: PASSWORD });
    await expect(
      authenticate({ email: "Claire@Exemple.FR", password: PASSWORD }, "10.0.0.1"),
    ).resolves.toMatchObject({ id: user.id });
  });

  it("répond pareil pour une adresse inconnue et un mauvais mot de passe", async () => {
    await createUser({ email: "claire@exemple.fr", password: PASSWORD });
    await expect(
      authenticate({ email: "inconnue@exemple.fr", password: PASSWORD }, "10.0.0.1"),
    ).resolves.toBeNull();
    await expect(
      authenticate({ email: "claire@exemple.fr", password: "faux" }, "10.0.0.1"),
    ).resolves.toBeNull();
  });

  it(`bloque un compte après ${MAX_FAILURES_PER_ACCOUNT} échecs, même avec le bon mot de passe ensuite`, async () => {
    await createUser({ email: "claire@exemple.fr", password: PASSWORD });
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      await expect(
        authenticate({ email: "claire@exemple.fr", password: `faux-${i}` }, `10.0.1.${i}`),
      ).resolves.toBeNull();
    }
    await expect(
      authenticate({ email: "claire@exemple.fr", password: PASSWORD }, "10.0.2.1"),
    ).rejects.toThrow(TOO_MANY_ATTEMPTS);
    // Stored in PostgreSQL: another app instance sees the same count.
    expect(await db.loginAttempt.count({ where: { key: "email:claire@exemple.fr", success: false } })).toBe(
      MAX_FAILURES_PER_ACCOUNT,
    );
  });

  it("bloque aussi une adresse inconnue, pour ne pas révéler quels comptes existent", async () => {
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      await authenticate({ email: "fantome@exemple.fr", password: "x" }, `10.0.3.${i}`);
    }
    await expect(authenticate({ email: "fantome@exemple.fr", password: "x" }, "10.0.4.1")).rejects.toThrow(
      TOO_MANY_ATTEMPTS,
    );
  });

  it(`bloque une adresse IP après ${MAX_FAILURES_PER_IP} échecs sur des comptes différents`, async () => {
    const user = await createUser({ email: "claire@exemple.fr", password: PASSWORD });
    for (let i = 0; i < MAX_FAILURES_PER_IP; i++) {
      await authenticate({ email: `cible-${i}@exemple.fr`, password: "x" }, "192.0.2.7");
    }
    await expect(
      authenticate({ email: "claire@exemple.fr", password: PASSWORD }, "192.0.2.7"),
    ).rejects.toThrow(TOO_MANY_ATTEMPTS);
    await expect(
      authenticate({ email: "claire@exemple.fr", password: PASSWORD }, "192.0.2.8"),
    ).resolves.toMatchObject({ id: user.id });
  });

  it("remet le compteur du compte à zéro après une connexion réussie", async () => {
    await createUser({ email: "claire@exemple.fr", password: PASSWORD });
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT - 1; i++) {
      await authenticate({ email: "claire@exemple.fr", password: "faux" }, "10.0.5.1");
    }
    await expect(
      authenticate({ email: "claire@exemple.fr", password: PASSWORD }, "10.0.5.1"),
    ).resolves.not.toBeNull();
    await expect(
      authenticate({ email: "claire@exemple.fr", password: "faux" }, "10.0.5.1"),
    ).resolves.toBeNull();
    await expect(
      authenticate({ email: "claire@exemple.fr", password: PASSWORD }, "10.0.5.1"),
    ).resolves.not.toBeNull();
  });
});
