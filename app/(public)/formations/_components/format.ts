// Display helpers of the catalogue and the training page (pure).

const nombre = new Intl.NumberFormat("fr-FR");

/** "1 540 h, dont 840 h de stage". */
export function formatDuree(dureeHeures: number, heuresStage: number): string {
  const total = `${nombre.format(dureeHeures)} h`;
  return heuresStage > 0 ? `${total}, dont ${nombre.format(heuresStage)} h de stage` : `${total}, sans stage`;
}

export const pluriel = (n: number, mot: string, motPluriel = `${mot}s`) =>
  `${nombre.format(n)} ${n > 1 ? motPluriel : mot}`;
