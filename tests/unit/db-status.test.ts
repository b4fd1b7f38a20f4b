import { describe, expect, it } from "vitest";
import { DOWN_WINDOW_MS, isConnectionError, isDatabaseMarkedDown, markDatabaseDown } from "@/lib/db-status";

describe("base de données injoignable", () => {
  it("reconnaît une connexion perdue, même enveloppée, mais pas une requête fautive", () => {
    expect(
      isConnectionError(
        Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }),
      ),
    ).toBe(true);
    expect(
      isConnectionError({ code: "57P01", message: "terminating connection due to administrator command" }),
    ).toBe(true);
    expect(
      isConnectionError(new Error("Échec", { cause: new Error("Connection terminated unexpectedly") })),
    ).toBe(true);
    expect(
      isConnectionError({ code: "23505", message: "duplicate key value violates unique constraint" }),
    ).toBe(false);
    expect(isConnectionError(new TypeError("x is undefined"))).toBe(false);
    expect(isConnectionError(null)).toBe(false);
  });

  it("répond « indisponible » pendant une courte fenêtre après l'échec, puis réessaie", () => {
    const t = 1_000_000;
    markDatabaseDown(t);
    expect(isDatabaseMarkedDown(t + 1)).toBe(true);
    expect(isDatabaseMarkedDown(t + DOWN_WINDOW_MS - 1)).toBe(true);
    expect(isDatabaseMarkedDown(t + DOWN_WINDOW_MS)).toBe(false);
  });
});
