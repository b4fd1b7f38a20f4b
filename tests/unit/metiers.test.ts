import { describe, expect, it } from "vitest";
import {
  ALIAS_SLUGS,
  DIPLOMES_SANS_PAGE,
  getMetierContent,
  METIERS,
  NIVEAU_EXPLICATIONS,
  niveauLabel,
} from "@/lib/metiers/content";
import { DIPLOMES } from "@/prisma/reference/diplomes";

/** Sentences of a text: each ends with . ! ? or … followed by a capital letter or the end. */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?…])\s+(?=[A-ZÀ-ÖØ-Þ«])/u).filter((s) => s.trim().length > 0);
}

describe("contenu des pages métiers", () => {
  it("chaque diplôme du référentiel a sa page, ou une raison écrite de ne pas en avoir", () => {
    for (const diplome of DIPLOMES) {
      const content = getMetierContent(diplome.slug);
      const raison = DIPLOMES_SANS_PAGE[diplome.slug];
      expect(
        content !== undefined || (raison !== undefined && raison.length > 10),
        `${diplome.slug} : ajoutez une entrée à METIERS (lib/metiers/content.ts) ou une raison à DIPLOMES_SANS_PAGE`,
      ).toBe(true);
      expect(
        content !== undefined && raison !== undefined,
        `${diplome.slug} a une page et une exclusion`,
      ).toBe(false);
    }
  });

  it("aucune page ne vise un diplôme absent du référentiel, aucune n'est en double", () => {
    const slugs = new Set(DIPLOMES.map((d) => d.slug));
    for (const metier of METIERS) expect(slugs.has(metier.slug), metier.slug).toBe(true);
    expect(new Set(METIERS.map((m) => m.slug)).size).toBe(METIERS.length);
    for (const slug of Object.keys(DIPLOMES_SANS_PAGE)) expect(slugs.has(slug), slug).toBe(true);
  });

  it.each(METIERS.map((m) => [m.slug, m] as const))("%s : texte court et concret", (_slug, metier) => {
    const n = sentences(metier.presentation).length;
    expect(n, `présentation de ${metier.slug} : ${n} phrases`).toBeGreaterThanOrEqual(3);
    expect(n).toBeLessThanOrEqual(5);
    expect(sentences(metier.accroche)).toHaveLength(1);
    expect(metier.lieux.length).toBeGreaterThanOrEqual(2);
    expect(metier.acces.length).toBeGreaterThan(20);
    expect(metier.duree).toMatch(/\d/);
  });

  it("les alias mènent à une page existante et ne masquent aucun diplôme", () => {
    expect(ALIAS_SLUGS["aide-a-domicile"]).toBe("tp-advf");
    for (const [alias, cible] of Object.entries(ALIAS_SLUGS)) {
      expect(getMetierContent(cible), `${alias} → ${cible}`).toBeDefined();
      expect(getMetierContent(alias)).toBeUndefined();
      expect(DIPLOMES.some((d) => d.slug === alias)).toBe(false);
    }
  });

  it("chaque niveau du référentiel est expliqué", () => {
    for (const diplome of DIPLOMES) expect(NIVEAU_EXPLICATIONS[diplome.niveau], diplome.slug).toBeDefined();
    expect(niveauLabel(3)).toBe("Niveau 3 (équivalent CAP)");
    expect(niveauLabel(4)).toBe("Niveau 4 (équivalent bac)");
    expect(niveauLabel(6)).toBe("Niveau 6 (équivalent bac + 3)");
    expect(niveauLabel(8)).toBe("Niveau 8");
  });

  it("une adresse inconnue n'a pas de contenu", () => {
    expect(getMetierContent("plombier")).toBeUndefined();
    expect(getMetierContent("")).toBeUndefined();
  });
});
