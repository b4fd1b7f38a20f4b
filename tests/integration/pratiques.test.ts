import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ACCESS_DENIED } from "@/lib/actions/result";
import { getSessionUser } from "@/lib/auth/queries";
import { deciderPratique, soumettrePratique } from "@/lib/pratiques/actions";
import { PratiqueErrors } from "@/lib/pratiques/errors";
import { submitBonnePratique } from "@/lib/pratiques/mutations";
import { getMesPratiqueList, getPratiqueLibrary, getPratiquePublique } from "@/lib/pratiques/queries";
import { expectRedirect, signInAs } from "@/tests/support/session";
import { createPersona, form } from "@/tests/factories";

const PRATIQUE = {
  titre: "Un binôme tuteur-apprenti dès le premier jour",
  theme: "formation",
  contexte: "Les apprentis abandonnaient souvent dans les trois premiers mois.",
  actions: "Chaque apprenti est accueilli par deux tuteurs formés, avec un point hebdomadaire.",
  resultats: "Les ruptures de contrats d'apprentissage ont nettement diminué en deux promotions.",
  contactOrganisation: "EHPAD Les Pins, direction des soins",
};

async function submit(values: Record<string, string> = {}) {
  await expectRedirect(
    soumettrePratique(undefined, form({ ...PRATIQUE, ...values })),
    "/gouvernance/bonnes-pratiques?soumise=1",
  );
  return db.bonnePratique.findFirstOrThrow({
    where: { titre: values.titre ?? PRATIQUE.titre },
    select: { id: true },
  });
}

async function decide(pratiqueId: string, decision: "publier" | "refuser", motif?: string) {
  return deciderPratique(undefined, form({ pratiqueId, decision, motif }));
}

describe("bonnes pratiques", () => {
  it("soumission par un membre, modération, visibilité publique et notification", async () => {
    const membre = await createPersona("gouvernance");
    const staff = await createPersona("staff");
    signInAs(membre);
    const { id } = await submit();
    expect(await getPratiquePublique(id)).toBeNull();
    expect(await getPratiqueLibrary({})).toEqual([]);
    expect((await getMesPratiqueList((await getSessionUser(membre))!)).map((p) => p.statut)).toEqual([
      "soumise",
    ]);

    signInAs(staff);
    await expectRedirect(decide(id, "publier"), "/moderation/bonnes-pratiques?decision=publiee");
    expect(await getPratiquePublique(id)).toMatchObject({ titre: PRATIQUE.titre, statut: "publiee" });
    expect((await getPratiqueLibrary({ theme: "formation" })).map((p) => p.id)).toEqual([id]);
    expect(await getPratiqueLibrary({ theme: "logement" })).toEqual([]);
    const notification = await db.notification.findFirstOrThrow({ where: { userId: membre } });
    expect(notification.titre).toBe("Votre bonne pratique est publiée");
    const trail = await db.auditLog.findMany({
      where: { entityType: "BonnePratique", entityId: id },
      orderBy: { createdAt: "asc" },
      select: { action: true },
    });
    expect(trail.map((t) => t.action)).toEqual(["moderation.soumise", "moderation.approuvee"]);
    expect(await decide(id, "refuser", "Trop tard")).toMatchObject({
      ok: false,
      formError: PratiqueErrors.DejaModeree,
    });
  });

  it("refus avec motif obligatoire ; la pratique refusée reste privée", async () => {
    signInAs(await createPersona("staff"));
    const { id } = await submit();
    expect(await decide(id, "refuser")).toMatchObject({
      ok: false,
      fieldErrors: { motif: expect.any(Array) },
    });
    await expectRedirect(
      decide(id, "refuser", "Nomme une personne accompagnée."),
      "/moderation/bonnes-pratiques?decision=refusee",
    );
    expect(await db.bonnePratique.findUniqueOrThrow({ where: { id } })).toMatchObject({
      statut: "refusee",
      motifRefus: "Nomme une personne accompagnée.",
    });
    expect(await getPratiquePublique(id)).toBeNull();
  });

  it("la recherche plein texte trouve un mot des résultats, au pluriel ou au singulier, classée par pertinence", async () => {
    signInAs(await createPersona("staff"));
    const binome = await submit();
    const logement = await submit({
      titre: "Des chambres chez l'habitant",
      theme: "logement",
      contexte: "Les stagiaires ne trouvaient pas de logement en saison.",
      actions: "Un réseau de familles loue une chambre pendant le stage.",
      resultats: "Vingt-cinq stagiaires logés la première année.",
    });
    await expectRedirect(decide(binome.id, "publier"), "/moderation/bonnes-pratiques?decision=publiee");
    await expectRedirect(decide(logement.id, "publier"), "/moderation/bonnes-pratiques?decision=publiee");
    // "rupture" appears only in the results text of the first one, as "ruptures".
    expect((await getPratiqueLibrary({ q: "rupture" })).map((p) => p.id)).toEqual([binome.id]);
    expect((await getPratiqueLibrary({ q: "stagiaire chambre" })).map((p) => p.id)).toEqual([logement.id]);
    expect((await getPratiqueLibrary({ q: "stagiaires", theme: "formation" })).map((p) => p.id)).toEqual([]);
    expect(await getPratiqueLibrary({ q: "cuisine" })).toEqual([]);
    // websearch syntax from users never breaks the query.
    expect(await getPratiqueLibrary({ q: '"tuteurs formés" -logement OR (' })).toHaveLength(1);
    const [found] = await getPratiqueLibrary({ q: "apprentis" });
    expect(found).toMatchObject({
      id: binome.id,
      theme: "formation",
      contactOrganisation: PRATIQUE.contactOrganisation,
    });
  });

  it("refuse un non-membre et les champs invalides, sans rien écrire", async () => {
    signInAs(await createPersona("apprenant"));
    expect(await soumettrePratique(undefined, form(PRATIQUE))).toEqual({
      ok: false,
      formError: ACCESS_DENIED,
    });
    const employeur = await createPersona("employeur");
    await expect(
      submitBonnePratique((await getSessionUser(employeur))!, { ...PRATIQUE, theme: "formation" }),
    ).rejects.toThrow(PratiqueErrors.NonMembre);
    signInAs(await createPersona("gouvernance"));
    const invalid = await soumettrePratique(
      undefined,
      form({
        ...PRATIQUE,
        theme: "cuisine",
        titre: "t".repeat(151),
        organisationId: "persona-org-employeur",
      }),
    );
    expect(invalid).toMatchObject({
      ok: false,
      fieldErrors: { theme: ["Choisissez le thème."], titre: ["Titre : 150 caractères au maximum."] },
    });
    const autreOrganisation = await soumettrePratique(
      undefined,
      form({ ...PRATIQUE, organisationId: "persona-org-employeur" }),
    );
    expect(autreOrganisation).toMatchObject({
      ok: false,
      fieldErrors: { organisationId: [PratiqueErrors.OrganisationNonMembre] },
    });
    expect(await db.bonnePratique.count()).toBe(0);
  });
});
