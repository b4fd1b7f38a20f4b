import type { SessionUser } from "@/lib/auth/permissions";
import type { FormValues } from "@/lib/actions/result";
import { isoFromDate } from "@/lib/dates";
import { getFormationFormOptions, type FormationDetail } from "@/lib/formations/organisme-queries";
import { FormationForm } from "@/components/formations/FormationForm";

const BOOLEANS = ["financeRegion", "cpf", "apprentissage"] as const;

/** A stored offer as the form's values (what the browser would send back). */
function valuesOfOffre(offre: FormationDetail): FormValues {
  const values: FormValues = {
    organisationId: offre.organisationId,
    diplomeId: offre.diplome.id,
    titre: offre.titre,
    modalite: offre.modalite,
    description: offre.description,
    dureeHeures: String(offre.dureeHeures),
    heuresStage: String(offre.heuresStage),
    prerequis: offre.prerequis,
    selection: offre.selection,
    couts: offre.couts,
    accessibiliteContact: offre.accessibiliteContact,
    contact: offre.contact,
    lienOrganisme: offre.lienOrganisme ?? "",
    codesPublicVise: offre.codesPublicVise.join(" "),
    sessionSiteId: offre.sessions.map((s) => s.siteId),
    sessionDebut: offre.sessions.map((s) => isoFromDate(s.debut)),
    sessionFin: offre.sessions.map((s) => isoFromDate(s.fin)),
    sessionLimite: offre.sessions.map((s) =>
      s.dateLimiteCandidature ? isoFromDate(s.dateLimiteCandidature) : "",
    ),
    sessionPlaces: offre.sessions.map((s) => String(s.places)),
    sessionRythme: offre.sessions.map((s) => s.rythme),
    sessionRythmeDetail: offre.sessions.map((s) => s.rythmeDetail ?? ""),
  };
  for (const name of BOOLEANS) if (offre[name]) values[name] = "on";
  return values;
}

/** Loads the sites and diplomas the training offer form needs, and renders it (new or stored offer). */
export async function FormationFormPage({ user, offre }: { user: SessionUser; offre?: FormationDetail }) {
  const { sites, diplomes } = await getFormationFormOptions(user);
  const organisations = user.organisations
    .filter((o) => o.type === "organisme_formation" && sites.some((s) => s.organisationId === o.id))
    .map((o) => ({ id: o.id, nom: o.nom, verifiee: o.statut === "verifiee" }));
  return (
    <FormationForm
      label={offre ? "Modifier la formation" : "Publier une formation"}
      organisations={organisations}
      sites={sites.map((s) => ({
        id: s.id,
        nom: s.nom,
        commune: s.commune.nom,
        organisationId: s.organisationId,
      }))}
      diplomes={diplomes}
      initial={offre ? valuesOfOffre(offre) : {}}
      offreId={offre?.id}
      live={offre?.statut === "publiee"}
    />
  );
}
