// A learner's bookmarks of trainings and stages: toggling, what can be bookmarked, whose are listed,
// and concurrent double clicks.
import { revalidatePath } from "next/cache";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { dateFromIso } from "@/lib/dates";
import { basculerFavori } from "@/lib/favoris/actions";
import { FavoriErrors } from "@/lib/favoris/errors";
import { getMesFavoriList, isFavori } from "@/lib/favoris/queries";
import { currentSessionUser, signInAs } from "@/tests/support/session";
import { createOrganisation, createPersona, createUser, form } from "@/tests/factories";
import { inDays } from "@/tests/support/dates";

async function siteOf(organisationId: string): Promise<string> {
  const site = await db.site.create({
    data: {
      organisationId,
      nom: "Site",
      adresse: "1 rue des Pins",
      communeCode: "40088",
      latitude: 43.7025,
      longitude: -1.06355,
    },
    select: { id: true },
  });
  return site.id;
}

async function createFormation(
  statut: "brouillon" | "soumise" | "publiee" | "refusee" | "archivee" = "publiee",
) {
  const org = await createOrganisation({ type: "organisme_formation", statut: "verifiee" });
  const siteId = await siteOf(org.id);
  const offre = await db.offreFormation.create({
    data: {
      organisationId: org.id,
      diplomeId: "diplome-deaes",
      titre: `DEAES (${statut})`,
      modalite: "formation_initiale",
      description: "…",
      dureeHeures: 1400,
      heuresStage: 840,
      prerequis: "…",
      selection: "…",
      couts: "…",
      accessibiliteContact: "…",
      contact: "…",
      statut,
      sessions: {
        create: {
          siteId,
          debut: dateFromIso(inDays(30)),
          fin: dateFromIso(inDays(300)),
          places: 20,
          rythme: "temps_plein",
        },
      },
    },
    select: { id: true },
  });
  return offre.id;
}

async function createStage(
  statut: "brouillon" | "soumise" | "publiee" | "pourvue" | "expiree" | "archivee" | "refusee" = "publiee",
  finDans = 60,
) {
  const org = await createOrganisation({ statut: "verifiee" });
  const siteId = await siteOf(org.id);
  const offre = await db.stageOffre.create({
    data: {
      organisationId: org.id,
      siteId,
      titre: `Stage en EHPAD (${statut})`,
      description: "…",
      niveau: "Toutes années",
      dureeMinSemaines: 2,
      dureeMaxSemaines: 4,
      places: 2,
      placesRestantes: statut === "pourvue" ? 0 : 2,
      tuteurNom: "Tuteur",
      tuteurFonction: "Cadre",
      tuteurContact: "tuteur@exemple.fr",
      statut,
      finDernierePeriode: dateFromIso(inDays(finDans)),
      latitude: 43.7025,
      longitude: -1.06355,
      communeCode: "40088",
      periodes: { create: { debut: dateFromIso(inDays(finDans - 30)), fin: dateFromIso(inDays(finDans)) } },
    },
    select: { id: true },
  });
  return offre.id;
}

const basculer = (values: Record<string, string>) => basculerFavori(undefined, form(values));

async function apprenant(): Promise<string> {
  const id = await createPersona("apprenant");
  signInAs(id);
  return id;
}

async function count(userId: string) {
  return db.favori.count({ where: { userId } });
}

describe("basculer un favori", () => {
  it("ajoute puis retire une formation et un stage", async () => {
    const userId = await apprenant();
    const formation = await createFormation();
    const stage = await createStage();

    await expect(basculer({ cible: "formation", id: formation })).resolves.toEqual({
      ok: true,
      data: { favori: true },
      message: "La formation est ajoutée à vos favoris.",
    });
    await expect(basculer({ cible: "stage", id: stage })).resolves.toEqual({
      ok: true,
      data: { favori: true },
      message: "Le stage est ajouté à vos favoris.",
    });
    const user = (await currentSessionUser())!;
    expect(await isFavori(user, "formation", formation)).toBe(true);
    expect(await isFavori(user, "stage", stage)).toBe(true);
    expect(await count(userId)).toBe(2);
    expect(vi.mocked(revalidatePath)).toHaveBeenCalledWith("/espace-apprenant/favoris");
    expect(vi.mocked(revalidatePath)).toHaveBeenCalledWith(`/formations/${formation}`);
    expect(vi.mocked(revalidatePath)).toHaveBeenCalledWith(`/stages/${stage}`);

    // Without intention, a second submission toggles back.
    await expect(basculer({ cible: "formation", id: formation })).resolves.toMatchObject({
      ok: true,
      data: { favori: false },
      message: "La formation est retirée de vos favoris.",
    });
    expect(await isFavori(user, "formation", formation)).toBe(false);
    expect(await isFavori(user, "stage", stage)).toBe(true);
  });

  it("avec une intention, répéter l'envoi ne défait pas le changement", async () => {
    const userId = await apprenant();
    const formation = await createFormation();
    for (let i = 0; i < 2; i++) {
      await expect(
        basculer({ cible: "formation", id: formation, intention: "ajouter" }),
      ).resolves.toMatchObject({ ok: true, data: { favori: true } });
    }
    expect(await count(userId)).toBe(1);
    for (let i = 0; i < 2; i++) {
      await expect(
        basculer({ cible: "formation", id: formation, intention: "retirer" }),
      ).resolves.toMatchObject({ ok: true, data: { favori: false } });
    }
    expect(await count(userId)).toBe(0);
  });

  it("un stage pourvu mais encore visible peut être ajouté", async () => {
    await apprenant();
    const stage = await createStage("pourvue");
    await expect(basculer({ cible: "stage", id: stage })).resolves.toMatchObject({
      ok: true,
      data: { favori: true },
    });
  });

  it("refuse une offre non publiée, terminée ou inconnue, en français", async () => {
    const userId = await apprenant();
    for (const statut of ["brouillon", "soumise", "refusee", "archivee"] as const) {
      await expect(
        basculer({ cible: "formation", id: await createFormation(statut) }),
        statut,
      ).resolves.toEqual({
        ok: false,
        formError: FavoriErrors.NonPubliee,
        values: expect.any(Object),
      });
    }
    for (const statut of ["brouillon", "soumise", "expiree", "archivee", "refusee"] as const) {
      await expect(
        basculer({ cible: "stage", id: await createStage(statut) }),
        statut,
      ).resolves.toMatchObject({
        ok: false,
        formError: FavoriErrors.NonPubliee,
      });
    }
    // Still "publiee", but its last period ended yesterday: no longer shown.
    await expect(basculer({ cible: "stage", id: await createStage("publiee", -1) })).resolves.toMatchObject({
      ok: false,
      formError: FavoriErrors.NonPubliee,
    });
    for (const cible of ["formation", "stage"]) {
      await expect(basculer({ cible, id: "cm0inconnu0000000000000000" })).resolves.toMatchObject({
        ok: false,
        formError: FavoriErrors.Introuvable,
      });
    }
    // A stage id is not a training id.
    await expect(basculer({ cible: "formation", id: await createStage() })).resolves.toMatchObject({
      ok: false,
      formError: FavoriErrors.Introuvable,
    });
    expect(await count(userId)).toBe(0);
  });

  it("valide le formulaire", async () => {
    await apprenant();
    const result = await basculer({ cible: "ressource", id: "x y" });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { cible: expect.any(Array), id: expect.any(Array) },
    });
  });

  it("un double clic simultané ne produit ni erreur ni doublon", async () => {
    const userId = await apprenant();
    const formation = await createFormation();
    const stage = await createStage();
    // Two bare toggles at once: no error and never a duplicate (both may add, or one add the other remove).
    const toggles = await Promise.all([
      basculer({ cible: "formation", id: formation }),
      basculer({ cible: "formation", id: formation }),
    ]);
    expect(toggles.every((r) => r.ok)).toBe(true);
    expect(await db.favori.count({ where: { userId, offreFormationId: formation } })).toBeLessThanOrEqual(1);

    // The button sends its intention: a double click adds exactly once.
    const adds = await Promise.all(
      Array.from({ length: 5 }, () => basculer({ cible: "stage", id: stage, intention: "ajouter" })),
    );
    expect(adds).toEqual(adds.map(() => expect.objectContaining({ ok: true, data: { favori: true } })));
    expect(await db.favori.count({ where: { userId, stageOffreId: stage } })).toBe(1);
  });
});

describe("mes favoris", () => {
  it("ne liste que les favoris de la personne, et dit quand une offre n'est plus publiée", async () => {
    const autre = await createUser();
    const formation = await createFormation();
    const formationRetiree = await createFormation();
    const stage = await createStage();
    const autreFormation = await createFormation();
    await db.favori.create({ data: { userId: autre.id, offreFormationId: autreFormation } });
    await db.favori.create({ data: { userId: autre.id, offreFormationId: formation } });

    const userId = await apprenant();
    for (const [cible, id] of [
      ["formation", formation],
      ["formation", formationRetiree],
      ["stage", stage],
    ] as const) {
      expect((await basculer({ cible, id })).ok).toBe(true);
    }
    await db.offreFormation.update({ where: { id: formationRetiree }, data: { statut: "archivee" } });
    await db.stageOffre.update({ where: { id: stage }, data: { statut: "archivee" } });

    const list = await getMesFavoriList((await currentSessionUser())!);
    expect(list.formations.map((f) => [f.id, f.publiee]).sort()).toEqual(
      [
        [formation, true],
        [formationRetiree, false],
      ].sort(),
    );
    expect(list.formations.find((f) => f.id === formation)!.prochaineSession).toEqual({
      debut: inDays(30),
      fin: inDays(300),
      commune: "Dax",
      enCours: false,
    });
    expect(list.stages.map((s) => [s.id, s.publiee])).toEqual([[stage, false]]);

    // Removing works even once the offer is unpublished; the other person's bookmark stays.
    expect(await basculer({ cible: "formation", id: formation, intention: "retirer" })).toMatchObject({
      ok: true,
    });
    expect(await basculer({ cible: "stage", id: stage })).toMatchObject({
      ok: true,
      data: { favori: false },
    });
    expect(await count(userId)).toBe(1);
    expect(await count(autre.id)).toBe(2);
  });

  it("un favori disparaît avec son offre", async () => {
    const userId = await apprenant();
    const formation = await createFormation();
    await basculer({ cible: "formation", id: formation });
    await db.offreFormation.delete({ where: { id: formation } });
    expect(await count(userId)).toBe(0);
  });
});
