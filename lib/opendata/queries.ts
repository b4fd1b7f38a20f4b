import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { isoFromDate } from "@/lib/dates";
import type { OpenDataFormation } from "@/lib/opendata/json";

const COMMUNE_SELECT = { code: true, nom: true, codesPostaux: true } satisfies Prisma.CommuneSelect;

// Only what the training body publishes: no member, no moderation note, no internal status.
const OPEN_DATA_SELECT = {
  id: true,
  titre: true,
  modalite: true,
  description: true,
  dureeHeures: true,
  heuresStage: true,
  prerequis: true,
  selection: true,
  couts: true,
  financeRegion: true,
  cpf: true,
  apprentissage: true,
  accessibiliteContact: true,
  contact: true,
  lienOrganisme: true,
  codesPublicVise: true,
  publieeAt: true,
  organisation: {
    select: {
      siret: true,
      numeroActivite: true,
      nom: true,
      adresse: true,
      commune: { select: COMMUNE_SELECT },
    },
  },
  diplome: { select: { code: true, intitule: true, niveau: true, rncp: true } },
  sessions: {
    orderBy: [{ debut: "asc" }, { id: "asc" }],
    select: {
      id: true,
      debut: true,
      fin: true,
      dateLimiteCandidature: true,
      places: true,
      rythme: true,
      rythmeDetail: true,
      site: {
        select: {
          nom: true,
          adresse: true,
          latitude: true,
          longitude: true,
          commune: { select: COMMUNE_SELECT },
        },
      },
    },
  },
} satisfies Prisma.OffreFormationSelect;

type OpenDataRow = Prisma.OffreFormationGetPayload<{ select: typeof OPEN_DATA_SELECT }>;

function toOpenData(row: OpenDataRow): OpenDataFormation {
  const { organisation } = row;
  return {
    organisme: {
      siret: organisation.siret,
      numeroActivite: organisation.numeroActivite,
      nom: organisation.nom,
      adresse: organisation.adresse,
      codePostal: organisation.commune.codesPostaux[0] ?? null,
      commune: organisation.commune.nom,
      codeInsee: organisation.commune.code,
    },
    formation: {
      id: row.id,
      intitule: row.titre,
      diplome: row.diplome,
      modalite: row.modalite,
      description: row.description,
      dureeHeures: row.dureeHeures,
      heuresStage: row.heuresStage,
      prerequis: row.prerequis,
      selection: row.selection,
      couts: row.couts,
      financements: { region: row.financeRegion, cpf: row.cpf, apprentissage: row.apprentissage },
      contact: row.contact,
      referentHandicap: row.accessibiliteContact,
      url: row.lienOrganisme,
      codesPublicVise: row.codesPublicVise,
      publieeLe: row.publieeAt ? isoFromDate(row.publieeAt) : null,
    },
    sessions: row.sessions.map((s) => ({
      id: s.id,
      debut: isoFromDate(s.debut),
      fin: isoFromDate(s.fin),
      dateLimiteCandidature: s.dateLimiteCandidature ? isoFromDate(s.dateLimiteCandidature) : null,
      places: s.places,
      rythme: s.rythme,
      rythmeDetail: s.rythmeDetail,
      lieu: {
        nom: s.site.nom,
        adresse: s.site.adresse,
        codePostal: s.site.commune.codesPostaux[0] ?? null,
        commune: s.site.commune.nom,
        codeInsee: s.site.commune.code,
        latitude: s.site.latitude,
        longitude: s.site.longitude,
      },
    })),
  };
}

/**
 * Every published training offer with all its sessions (past ones included, each with its dates),
 * for the open data exports; by training body, then title. Drafts, submitted, refused and archived
 * offers are never included.
 */
export async function getOpenDataFormationList(): Promise<OpenDataFormation[]> {
  const rows = await db.offreFormation.findMany({
    where: { statut: "publiee" },
    select: OPEN_DATA_SELECT,
    orderBy: [{ organisation: { nom: "asc" } }, { titre: "asc" }, { id: "asc" }],
  });
  return rows.map(toOpenData);
}
