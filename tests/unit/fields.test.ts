import { describe, expect, it } from "vitest";
import { z } from "zod";
import { integerField, optionalTextField, textField } from "@/lib/validation/fields";

describe("champs de formulaire partagés", () => {
  it("normalise les retours à la ligne envoyés par les navigateurs (\\r\\n) avant de compter les caractères", () => {
    const schema = textField("Description", 5);
    expect(schema.parse("a\r\nb\r\nc")).toBe("a\nb\nc");
    expect(schema.safeParse("ab\r\ncd").success).toBe(true); // 5 characters once normalised
    expect(optionalTextField("Détail", 10).parse("x\r\ny")).toBe("x\ny");
    expect(optionalTextField("Détail", 10).parse("   ")).toBeUndefined();
  });

  it("un nombre vide est signalé comme manquant, pas comme 0", () => {
    const schema = z.object({ places: integerField("Nombre de places", 1, 50) });
    const message = (places: string | undefined) => {
      const result = schema.safeParse({ places });
      return result.success ? null : z.flattenError(result.error).fieldErrors.places;
    };
    expect(message("")).toEqual(["Nombre de places : champ obligatoire."]);
    expect(message(undefined)).toEqual(["Nombre de places : champ obligatoire."]);
    expect(message("deux")).toEqual(["Nombre de places : nombre entier attendu."]);
    expect(message("2,5")).toEqual(["Nombre de places : nombre entier attendu."]);
    expect(message("0")).toEqual(["Nombre de places : au moins 1."]);
    expect(message("51")).toEqual(["Nombre de places : au plus 50."]);
    expect(schema.parse({ places: " 3 " }).places).toBe(3);
  });
});

describe("choix obligatoire dans une liste", () => {
  it("un choix vide reçoit le message du champ, pas « identifiant invalide »", async () => {
    const { requiredIdField } = await import("@/lib/validation/fields");
    const schema = z.object({ diplomeId: requiredIdField("Choisissez le diplôme préparé.") });
    for (const value of ["", undefined]) {
      const result = schema.safeParse({ diplomeId: value });
      expect(result.success ? null : z.flattenError(result.error).fieldErrors.diplomeId).toEqual([
        "Choisissez le diplôme préparé.",
      ]);
    }
    const bad = schema.safeParse({ diplomeId: "x'; drop" });
    expect(bad.success ? null : z.flattenError(bad.error).fieldErrors.diplomeId).toEqual([
      "Identifiant invalide.",
    ]);
  });
});
