import type { SessionUser } from "@/lib/auth/permissions";
import type { FormValues } from "@/lib/actions/result";
import { isoFromDate } from "@/lib/dates";
import { getStageFormOptions, type getStageForEdit } from "@/lib/stages/queries";
import { StageForm } from "@/components/stages/StageForm";

type StageForEdit = NonNullable<Awaited<ReturnType<typeof getStageForEdit>>>;
type FormOptions = Awaited<ReturnType<typeof getStageFormOptions>>;

const BOOLEANS = [
  "touteLAnnee",
  "gratification",
  "logement",
  "sansVoiture",
  "permisRequis",
  "horairesNuit",
  "horairesWeekend",
] as const;

/** A stored offer as the form's values (what the browser would send back). */
function valuesOfOffre(offre: StageForEdit): FormValues {
  const values: FormValues = {
    organisationId: offre.organisationId,
    siteId: offre.siteId,
    titre: offre.titre,
    description: offre.description,
    niveau: offre.niveau,
    diplomeIds: offre.diplomes.map((d) => d.diplome.id),
    publicId: offre.publicId ?? "",
    categorieId: offre.categorieId ?? "",
    periodeDebut: offre.periodes.map((p) => isoFromDate(p.debut)),
    periodeFin: offre.periodes.map((p) => isoFromDate(p.fin)),
    dureeMinSemaines: String(offre.dureeMinSemaines),
    dureeMaxSemaines: String(offre.dureeMaxSemaines),
    places: String(offre.places),
    tuteurNom: offre.tuteurNom,
    tuteurFonction: offre.tuteurFonction,
    tuteurContact: offre.tuteurContact,
    gratificationDetail: offre.gratificationDetail ?? "",
    transportDetail: offre.transportDetail ?? "",
    distanceGareKm: offre.distanceGareKm === null ? "" : String(offre.distanceGareKm),
  };
  for (const name of BOOLEANS) if (offre[name]) values[name] = "on";
  return values;
}

/** A new offer starts on the only site, when there is one. */
function valuesOfNew(sites: FormOptions["sites"]): FormValues {
  const site = sites.length === 1 ? sites[0] : undefined;
  return site
    ? {
        organisationId: site.organisationId,
        siteId: site.id,
        publicId: site.publicId ?? "",
        categorieId: site.categorieId ?? "",
        places: "1",
      }
    : { places: "1" };
}

/** Loads the sites and reference lists the offer form needs, and renders it (new or stored offer). */
export async function StageFormPage({ user, offre }: { user: SessionUser; offre?: StageForEdit }) {
  const { sites, diplomes, publics, categories } = await getStageFormOptions(user);
  const organisations = user.organisations
    .filter((o) => o.type === "employeur" && sites.some((s) => s.organisationId === o.id))
    .map((o) => ({ id: o.id, nom: o.nom, verifiee: o.statut === "verifiee" }));
  return (
    <StageForm
      label={offre ? "Modifier l'offre de stage" : "Proposer un stage"}
      organisations={organisations}
      sites={sites.map((s) => ({
        id: s.id,
        nom: s.nom,
        commune: s.commune.nom,
        organisationId: s.organisationId,
        publicId: s.publicId,
        categorieId: s.categorieId,
      }))}
      diplomes={diplomes}
      publics={publics.map((p) => ({ value: p.id, label: p.libelle }))}
      categories={categories.map((c) => ({ value: c.id, label: c.libelle }))}
      initial={offre ? valuesOfOffre(offre) : valuesOfNew(sites)}
      offreId={offre?.id}
      live={offre ? offre.statut === "publiee" || offre.statut === "pourvue" : false}
    />
  );
}
