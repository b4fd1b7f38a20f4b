import { describe, expect, it } from "vitest";
import { formatDistance, formatPeriode } from "@/lib/format";

describe("formats d'affichage", () => {
  it("distance : « à moins de 1 km », une décimale sous 10 km, arrondie au-delà", () => {
    expect(formatDistance(0.4)).toBe("à moins de 1 km");
    expect(formatDistance(3.44)).toBe("à 3,4 km");
    expect(formatDistance(27.6)).toBe("à 28 km");
  });

  it("période : l'année une fois si elle est commune, « 1er » pour le premier du mois", () => {
    expect(formatPeriode("2027-03-03", "2027-04-28")).toBe("du 3 mars au 28 avril 2027");
    expect(formatPeriode("2027-02-01", "2027-06-01")).toBe("du 1er février au 1er juin 2027");
    expect(formatPeriode("2027-12-15", "2028-01-10")).toBe("du 15 décembre 2027 au 10 janvier 2028");
  });
});
