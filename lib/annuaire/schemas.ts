import { z } from "zod";
import "@/lib/validation/zod-fr";
import { asList, checkboxField, idField, optionalTextField } from "@/lib/validation/fields";
import { LIEN_LIBELLE_MAX, LIEN_URL_MAX, LIENS_MAX, PRESENTATION_MAX } from "@/lib/annuaire/constants";

export type LienInput = { libelle: string; url: string };

const httpUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.domain });

/** True for an absolute http(s) address with a domain name (no javascript:, no bare word). */
export function isHttpUrl(value: string): boolean {
  return httpUrl.safeParse(value).success;
}

/** Pairs the repeated link inputs and lists what is wrong with them, in French ("Lien n : …"). */
export function readLiens(raw: Record<string, unknown>): { liens: LienInput[]; problems: string[] } {
  const libelles = asList(raw.lienLibelle);
  const urls = asList(raw.lienUrl);
  const rows = Math.max(libelles.length, urls.length);
  const liens: LienInput[] = [];
  const problems: string[] = [];
  for (let i = 0; i < rows; i++) {
    const libelle = (libelles[i] ?? "").trim();
    const url = (urls[i] ?? "").trim();
    if (!libelle && !url) continue; // an empty row left in the form
    const n = `Lien ${i + 1}`;
    const before = problems.length;
    if (!libelle) problems.push(`${n} : indiquez le libellé du lien.`);
    else if (libelle.length > LIEN_LIBELLE_MAX)
      problems.push(`${n} : libellé de ${LIEN_LIBELLE_MAX} caractères au maximum.`);
    if (!url) problems.push(`${n} : indiquez l'adresse du lien.`);
    else if (url.length > LIEN_URL_MAX)
      problems.push(`${n} : adresse de ${LIEN_URL_MAX} caractères au maximum.`);
    else if (!isHttpUrl(url))
      problems.push(`${n} : adresse web complète attendue, commençant par https:// ou http://.`);
    if (problems.length === before) liens.push({ libelle, url });
  }
  if (liens.length > LIENS_MAX) problems.push(`${LIENS_MAX} liens au maximum.`);
  return { liens, problems };
}

const AnnuaireProfilFields = {
  organisationId: idField,
  annuaireVisible: checkboxField,
  presentation: optionalTextField("Présentation", PRESENTATION_MAX),
  siteWeb: optionalTextField("Site web", LIEN_URL_MAX).pipe(
    z
      .string()
      .refine(isHttpUrl, "Site web : adresse web complète attendue, commençant par https:// ou http://.")
      .optional(),
  ),
};

/** The directory profile of an organisation: listed or not, presentation, website and labelled links. */
export const AnnuaireProfilSchema = z
  // Loose: the repeated link inputs are read by readLiens(), not declared one by one.
  .looseObject(AnnuaireProfilFields)
  .superRefine(
    (v, ctx) => {
      for (const message of readLiens(v).problems) ctx.addIssue({ code: "custom", path: ["liens"], message });
    },
    { when: () => true },
  )
  .transform((v) => ({
    organisationId: v.organisationId,
    annuaireVisible: v.annuaireVisible,
    presentation: v.presentation,
    siteWeb: v.siteWeb,
    liens: readLiens(v).liens,
  }));
export type AnnuaireProfilInput = z.output<typeof AnnuaireProfilSchema>;
