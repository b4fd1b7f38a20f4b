import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatDateTime,
  formatDay,
  formatDistance,
  formatMonth,
  formatPeriode,
  formatSession,
} from "@/lib/format";

describe("formats d'affichage", () => {
  it("distance : « à moins de 1 km », une décimale sous 10 km, arrondie au-delà", () => {
    expect(formatDistance(0.4)).toBe("à moins de 1 km");
    expect(formatDistance(3.44)).toBe("à 3,4 km");
    expect(formatDistance(27.6)).toBe("à 28 km");
  });
});

describe("dates en français : « 1er » pour le premier du mois, partout", () => {
  it("jour : un jour du calendrier, chaîne ou date à minuit UTC, sans décalage de fuseau", () => {
    expect(formatDay("2027-03-01")).toBe("1er mars 2027");
    expect(formatDay(new Date("2027-03-01T00:00:00Z"))).toBe("1er mars 2027");
    expect(formatDay("2027-03-11")).toBe("11 mars 2027");
    expect(formatDay("2027-03-21")).toBe("21 mars 2027");
    expect(formatDay("2027-12-31")).toBe("31 décembre 2027");
  });

  it("date d'un instant : le jour à Paris (23 h 30 UTC le 28 février est déjà le 1er mars)", () => {
    expect(formatDate(new Date("2027-02-28T23:30:00Z"))).toBe("1er mars 2027");
    expect(formatDate(new Date("2027-07-01T21:59:00Z"))).toBe("1er juillet 2027");
    expect(formatDate(new Date("2027-07-01T22:00:00Z"))).toBe("2 juillet 2027");
  });

  it("date et heure d'un instant, à l'heure de Paris (été comme hiver)", () => {
    expect(formatDateTime(new Date("2027-03-01T08:05:00Z"))).toBe("1er mars 2027 à 09:05");
    expect(formatDateTime(new Date("2027-08-01T12:30:00Z"))).toBe("1er août 2027 à 14:30");
  });

  it("période : chaque partie commune écrite une fois", () => {
    expect(formatPeriode("2027-03-01", "2027-03-28")).toBe("du 1er au 28 mars 2027");
    expect(formatPeriode("2027-03-03", "2027-04-28")).toBe("du 3 mars au 28 avril 2027");
    expect(formatPeriode("2027-02-01", "2027-06-01")).toBe("du 1er février au 1er juin 2027");
    expect(formatPeriode("2027-12-15", "2028-01-01")).toBe("du 15 décembre 2027 au 1er janvier 2028");
    expect(formatPeriode("2027-03-01", "2027-03-01")).toBe("le 1er mars 2027");
    expect(formatPeriode(new Date("2027-09-01T00:00:00Z"), new Date("2028-06-30T00:00:00Z"))).toBe(
      "du 1er septembre 2027 au 30 juin 2028",
    );
  });

  it("session : une période seule en début de ligne ou de case, avec sa majuscule", () => {
    expect(formatSession("2027-09-01", "2028-06-30")).toBe("Du 1er septembre 2027 au 30 juin 2028");
    expect(formatSession("2027-09-01", "2027-09-21")).toBe("Du 1er au 21 septembre 2027");
    expect(formatSession("2027-09-01", "2027-09-01")).toBe("Le 1er septembre 2027");
  });

  it("mois : « mars 2026 », ou abrégé pour les graphiques", () => {
    expect(formatMonth("2026-03")).toBe("mars 2026");
    expect(formatMonth("2026-09", true)).toBe("sept. 2026");
  });
});
