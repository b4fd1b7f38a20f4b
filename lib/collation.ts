// French alphabetical order (pure, client-safe): « Bégaar » before « Buanes », « Léon » before
// « Luxey ». The databases cannot do it the same way everywhere: PostgreSQL 15 has the ICU collation
// "fr-x-icu" but the embedded demo database (PGlite 0.5.14) has none, and the default "C" order
// puts accented letters after "z". So names are sorted here, with the runtime's ICU.

const collator = new Intl.Collator("fr", { numeric: true });

/** Compares two texts in French order (accents after their letter, "Site 2" before "Site 10"). */
export function compareFrench(a: string, b: string): number {
  return collator.compare(a, b);
}

/** A copy of `items` in French order of their name; equal names keep their order (stable sort). */
export function sortByName<T>(items: readonly T[], name: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareFrench(name(a), name(b)));
}
