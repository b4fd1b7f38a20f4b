// Format checks for French organisation identifiers (pure, shared by client and server).

/** Luhn checksum over a digit string. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let n = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return sum % 10 === 0;
}

/** SIRET: 14 digits with a Luhn key; La Poste's establishments (SIREN 356000000) use a digit sum multiple of 5. */
export function siretValid(siret: string): boolean {
  if (!/^\d{14}$/.test(siret)) return false;
  if (siret.startsWith("356000000") && siret !== "35600000000048") {
    const sum = [...siret].reduce((s, d) => s + Number(d), 0);
    return sum % 5 === 0;
  }
  return luhnValid(siret);
}

/** FINESS: 9 characters, département code (2 digits, 2A or 2B) then 7 digits. */
export function finessFormatValid(finess: string): boolean {
  return /^(\d{2}|2[AB])\d{7}$/.test(finess);
}

/** Removes spaces and dots people type in identifiers ("732 829 320 00074"). */
export function compactIdentifier(value: string): string {
  return value.replace(/[\s.]/g, "").toUpperCase();
}

/**
 * Numéro de déclaration d'activité of a training body (NDA, given by the préfet de région): 11
 * digits, compacted first (people type "75 40 01234 40"). LHÉO requires exactly 11 characters.
 */
export function numeroActiviteValid(nda: string): boolean {
  return /^\d{11}$/.test(nda);
}

/** A FORMACODE code (thesaurus of Centre Inffo, e.g. a public aimed at in LHÉO): 5 digits. */
export function formacodeValid(code: string): boolean {
  return /^\d{5}$/.test(code);
}
