// How an indicator's value is written (pure, shared by tables, charts and the map).
import type { Format, Valeur } from "@/lib/gouvernance/tableau-de-bord/types";

const nombre = new Intl.NumberFormat("fr-FR");
const decimal = new Intl.NumberFormat("fr-FR", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** "1 234", "42,5 %", "3,5 j"; masked values as they are; "—" for nothing. */
export function formatValeur(valeur: Valeur, format: Format = "nombre"): string {
  if (valeur === null) return "—";
  if (typeof valeur === "string") return valeur;
  if (format === "pourcentage") return `${decimal.format(valeur)} %`;
  if (format === "jours") return `${decimal.format(valeur)} j`;
  return nombre.format(valeur);
}
