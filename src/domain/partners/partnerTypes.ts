/** The kinds of organisation a partner can be, with their labels. */
export const PARTNER_TYPES = [
  { value: 'mission-locale', label: 'Mission Locale' },
  { value: 'info-jeunes', label: 'Info Jeunes (CRIJ, BIJ, PIJ)' },
  { value: 'france-travail', label: 'France Travail' },
  { value: 'ccas', label: 'CCAS / CIAS' },
  { value: 'fjt', label: 'Foyer de jeunes travailleurs (FJT)' },
  { value: 'association', label: 'Association' },
  { value: 'collectivite', label: 'Collectivité' },
  { value: 'sante', label: 'Structure de santé (PAEJ, CPAM, Maison des adolescents…)' },
  { value: 'formation', label: 'Organisme de formation' },
  { value: 'autre', label: 'Autre' },
] as const
