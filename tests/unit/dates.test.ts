import { describe, expect, it } from "vitest";
import { addWorkingDays, frenchPublicHolidays, isWorkingDay, workingDaysBetween } from "@/lib/dates";

describe("jours ouvrés", () => {
  it("jours fériés français : Pâques, Ascension et Pentecôte suivent Pâques", () => {
    const jours2027 = frenchPublicHolidays(2027);
    expect(jours2027.size).toBe(11);
    // Pâques 2027 : dimanche 28 mars.
    expect(jours2027.has("2027-03-29")).toBe(true); // lundi de Pâques
    expect(jours2027.has("2027-05-06")).toBe(true); // Ascension
    expect(jours2027.has("2027-05-17")).toBe(true); // lundi de Pentecôte
    expect(jours2027.has("2027-07-14")).toBe(true);
    // Pâques 2026 : 5 avril.
    expect(frenchPublicHolidays(2026).has("2026-04-06")).toBe(true);
  });

  it("le week-end et les jours fériés ne sont pas ouvrés", () => {
    expect(isWorkingDay("2026-11-21")).toBe(false); // samedi
    expect(isWorkingDay("2026-11-22")).toBe(false); // dimanche
    expect(isWorkingDay("2026-11-11")).toBe(false); // mercredi férié
    expect(isWorkingDay("2026-11-23")).toBe(true);
  });

  it("addWorkingDays saute week-ends et jours fériés", () => {
    expect(addWorkingDays("2026-11-20", 0)).toBe("2026-11-20");
    // Vendredi + 1 jour ouvré = lundi.
    expect(addWorkingDays("2026-11-20", 1)).toBe("2026-11-23");
    // Mardi 10 novembre + 5 : le 11 est férié, puis le week-end.
    expect(addWorkingDays("2026-11-10", 5)).toBe("2026-11-18");
    // Jeudi 24 décembre + 2 : le 25 est férié.
    expect(addWorkingDays("2026-12-24", 2)).toBe("2026-12-29");
  });

  it("workingDaysBetween compte les jours ouvrés après le premier jour, jusqu'au dernier inclus", () => {
    expect(workingDaysBetween("2026-11-20", "2026-11-20")).toBe(0);
    expect(workingDaysBetween("2026-11-23", "2026-11-20")).toBe(0);
    expect(workingDaysBetween("2026-11-20", "2026-11-23")).toBe(1);
    expect(workingDaysBetween("2026-11-10", "2026-11-18")).toBe(5);
    expect(workingDaysBetween("2026-11-16", "2026-11-23")).toBe(5);
    // Réciproques l'une de l'autre.
    expect(workingDaysBetween("2027-03-26", addWorkingDays("2027-03-26", 7))).toBe(7);
  });
});
