// Builders for the dashboard and observatory fixtures: rows as stored, with the dates a test needs.
import { db } from "@/lib/db";
import { dateFromIso } from "@/lib/dates";
import type { Besoin, DemandeStatut } from "@/lib/freins/constants";
import { territoireOf } from "./freins";
import { createOrganisation } from "./index";
import { createSite } from "./stages";
import { inDays } from "../support/dates";

const DAY = 86_400_000;

/** The instant `days` after today's UTC midnight plus `hours` (negative days: before). */
export function instantFromToday(days: number, hours = 12): Date {
  return new Date(dateFromIso(inDays(days)).getTime() + hours * 3_600_000);
}

type DemandeFixture = {
  communeCode: string;
  besoins: Besoin[];
  statut?: DemandeStatut;
  createdDaysAgo: number;
  /** days after creation */
  priseEnChargeApres?: number;
  clotureApres?: number;
};

/** Inserts barrier requests as stored (no learner: aggregates never need one). */
export async function createDemandeList(demandes: DemandeFixture[]): Promise<string[]> {
  const ids: string[] = [];
  for (const d of demandes) {
    const createdAt = instantFromToday(-d.createdDaysAgo);
    const row = await db.demandeAide.create({
      data: {
        territoireId: await territoireOf(d.communeCode),
        communeCode: d.communeCode,
        besoins: d.besoins,
        debut: dateFromIso(inDays(10)),
        fin: dateFromIso(inDays(40)),
        description: "Besoin d'aide pour mon stage.",
        consentementAt: createdAt,
        statut: d.statut ?? "nouvelle",
        priseEnChargeAt:
          d.priseEnChargeApres === undefined
            ? null
            : new Date(createdAt.getTime() + d.priseEnChargeApres * DAY),
        clotureAt: d.clotureApres === undefined ? null : new Date(createdAt.getTime() + d.clotureApres * DAY),
        createdAt,
      },
      select: { id: true },
    });
    ids.push(row.id);
  }
  return ids;
}

/** A published training offer of diploma `diplome` (slug) with sessions at a site in `communeCode`. */
export async function createFormationSessions(options: {
  communeCode: string;
  diplome: string;
  statut?: "publiee" | "brouillon";
  sessions: { debutDans: number; places: number }[];
}): Promise<string> {
  const org = await createOrganisation({ type: "organisme_formation", statut: "verifiee" });
  const site = await createSite({ organisationId: org.id, communeCode: options.communeCode });
  const statut = options.statut ?? "publiee";
  const offre = await db.offreFormation.create({
    data: {
      organisationId: org.id,
      diplomeId: `diplome-${options.diplome}`,
      titre: `Formation ${options.diplome}`,
      modalite: "formation_initiale",
      description: "Une formation complète.",
      dureeHeures: 1400,
      heuresStage: 700,
      prerequis: "Aucun.",
      selection: "Entretien.",
      couts: "Gratuit.",
      accessibiliteContact: "referent@exemple.fr",
      contact: "contact@exemple.fr",
      statut,
      publieeAt: statut === "publiee" ? new Date() : null,
      sessions: {
        create: options.sessions.map((s) => ({
          siteId: site.id,
          debut: dateFromIso(inDays(s.debutDans)),
          fin: dateFromIso(inDays(s.debutDans + 300)),
          places: s.places,
          rythme: "temps_plein" as const,
        })),
      },
    },
    select: { id: true },
  });
  return offre.id;
}

/** A resource owned by a new organisation, in `communeCode`. */
export async function createRessourceAt(options: {
  communeCode: string;
  type: "hebergement" | "salle_formation" | "mobilite" | "garde_enfants" | "autre";
  statut?: "publiee" | "brouillon";
  publieeDaysAgo?: number;
}): Promise<string> {
  const org = await createOrganisation({ statut: "verifiee" });
  const commune = await db.commune.findUniqueOrThrow({
    where: { code: options.communeCode },
    select: { latitude: true, longitude: true },
  });
  const statut = options.statut ?? "publiee";
  const row = await db.ressource.create({
    data: {
      type: options.type,
      organisationId: org.id,
      titre: `Ressource ${options.type}`,
      description: "Une ressource mise en commun.",
      communeCode: options.communeCode,
      capacite: 1,
      latitude: commune.latitude,
      longitude: commune.longitude,
      statut,
      publieeAt: statut === "publiee" ? instantFromToday(-(options.publieeDaysAgo ?? 50)) : null,
    },
    select: { id: true },
  });
  return row.id;
}
