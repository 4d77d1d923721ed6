/** INSEE codes of the communes the demo data refers to (all inside the three demo territories). */
export const COMMUNES = {
  // Lot (46)
  cahors: '46042',
  pradines: '46224',
  figeac: '46102',
  capdenac: '46055',
  bagnacSurCele: '46015',
  lacapelleMarival: '46143',
  cajarc: '46045',
  gourdon: '46127',
  souillac: '46309',
  saintCere: '46251',
  gramat: '46128',
  // CA du Sicoval (31)
  ramonville: '31446',
  labege: '31254',
  castanet: '31113',
  escalquens: '31169',
  auzeville: '31035',
  baziege: '31048',
  // Montpellier Méditerranée Métropole (34)
  montpellier: '34172',
  castelnau: '34057',
  lattes: '34129',
  perols: '34198',
  saintJeanDeVedas: '34270',
  juvignac: '34123',
} as const

export type CommuneKey = keyof typeof COMMUNES

/** The Figeac area (Grand-Figeac), used for offers restricted to some communes of the Lot. */
export const FIGEAC_AREA: readonly CommuneKey[] = ['figeac', 'capdenac', 'bagnacSurCele', 'lacapelleMarival', 'cajarc']
/** Bouriane and Haute-Vallée de la Dordogne, around the Gourdon and Souillac PIJ. */
export const NORTH_LOT: readonly CommuneKey[] = ['gourdon', 'souillac', 'gramat', 'saintCere']
/** Cahors and its first ring. */
export const CAHORS_AREA: readonly CommuneKey[] = ['cahors', 'pradines']

export const DEPARTEMENT_LOT = '46'
export const EPCI_SICOVAL = '243100633'
export const EPCI_MONTPELLIER = '243400017'
export const EPCI_GRAND_REIMS = '200067213'
