import { getCommuneOptionList } from "@/lib/territoires/queries";
import { getCategorieOptionList, getPublicOptionList } from "@/lib/referentiel/queries";
import { getTileConfig } from "@/lib/carte/tiles";
import { SiteForm } from "@/components/organisations/SiteForm";

type Props = {
  organisationId: string;
  defaultCommuneCode?: string;
  site?: Parameters<typeof SiteForm>[0]["site"];
};

/** Loads the reference lists a site form needs (in parallel) and renders it. */
export async function SiteFormPage({ organisationId, defaultCommuneCode, site }: Props) {
  const [communes, categories, publics] = await Promise.all([
    getCommuneOptionList(),
    getCategorieOptionList(),
    getPublicOptionList(),
  ]);
  return (
    <SiteForm
      organisationId={organisationId}
      communes={communes}
      categories={categories.map((c) => ({ value: c.id, label: c.libelle }))}
      publics={publics.map((p) => ({ value: p.id, label: p.libelle }))}
      tiles={getTileConfig()}
      site={site}
      defaultCommuneCode={defaultCommuneCode}
    />
  );
}
