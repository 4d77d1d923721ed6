import { RULES_SYNTAX_HELP } from '@/domain/matching/rulesText'

export const IMPORT_KINDS = ['offers', 'partners'] as const
export type ImportKind = (typeof IMPORT_KINDS)[number]

/**
 * A column of an import file. `label` is the header written in the template (the same as the export's,
 * so an exported file can be edited and imported again); headers are matched without accents, case or
 * punctuation, and the English `key` is accepted too. Unknown columns (ID, Statut…) are ignored.
 */
export interface ImportColumn {
  key: string
  label: string
  required?: boolean
  example: string
  help: string
}

export const OFFER_IMPORT_COLUMNS: ImportColumn[] = [
  { key: 'title', label: 'Intitulé', required: true, example: 'Atelier CV et lettre de motivation', help: '3 à 150 caractères.' },
  {
    key: 'summary',
    label: 'Résumé',
    required: true,
    example: 'Deux heures pour refaire ton CV avec une conseillère.',
    help: '300 caractères au plus, affiché dans les résultats.',
  },
  {
    key: 'description',
    label: 'Description',
    example: 'Chaque mardi après-midi, en petit groupe.',
    help: 'Paragraphes séparés par une ligne vide ; « - » en début de ligne pour une liste.',
  },
  { key: 'benefits', label: 'Ce que le jeune obtient', example: 'Un CV à jour et un entraînement à l’entretien.', help: '1 000 caractères au plus.' },
  { key: 'partnerSiret', label: 'SIRET de l’organisme', required: true, example: '12345678200010', help: 'SIRET d’un organisme déjà membre du territoire.' },
  { key: 'theme', label: 'Thème', required: true, example: 'Emploi', help: 'Nom ou identifiant d’un thème ouvert sur le territoire.' },
  { key: 'subTheme', label: 'Sous-thème', example: 'trouver-un-emploi', help: 'Nom ou identifiant d’un sous-thème du thème.' },
  { key: 'status', label: 'Statut', example: 'Brouillon', help: 'Brouillon (par défaut), Soumise pour validation, Publiée ou Archivée.' },
  { key: 'contactDelayDays', label: 'Délai de recontact (jours)', example: '3', help: 'Nombre entier de 1 à 7 ; vide : le délai par défaut de l’organisme.' },
  {
    key: 'notificationEmails',
    label: 'Courriels à prévenir',
    example: 'contact@organisme.fr',
    help: 'Jusqu’à 5 courriels séparés par des virgules ; vide : celui de l’organisme.',
  },
  { key: 'address', label: 'Adresse', example: '24 boulevard Gambetta', help: '200 caractères au plus.' },
  { key: 'commune', label: 'Commune (code INSEE)', example: '46042', help: 'Code INSEE (5 caractères) de la commune du lieu d’accueil.' },
  { key: 'remote', label: 'À distance', example: 'non', help: '« oui » si le service est possible à distance (téléphone, visio).' },
  {
    key: 'coverageCommunes',
    label: 'Communes concernées (codes INSEE)',
    example: '',
    help: 'Codes INSEE séparés par des virgules ; vide : tout le territoire.',
  },
  {
    key: 'rules',
    label: 'Conditions',
    example: 'age:16-25 | situation=demandeur_emploi,sans_activite',
    help: `Une condition par critère du questionnaire : ${RULES_SYNTAX_HELP}.`,
  },
  { key: 'validFrom', label: 'Valable à partir du', example: '', help: 'Date AAAA-MM-JJ ou JJ/MM/AAAA.' },
  { key: 'validUntil', label: 'Valable jusqu’au', example: '', help: 'Date AAAA-MM-JJ ou JJ/MM/AAAA.' },
]

export const PARTNER_IMPORT_COLUMNS: ImportColumn[] = [
  { key: 'name', label: 'Nom', required: true, example: 'Point Information Jeunesse de Cahors', help: '150 caractères au plus.' },
  { key: 'siret', label: 'SIRET', required: true, example: '98765432400019', help: '14 chiffres (espaces admis).' },
  {
    key: 'type',
    label: 'Type de structure',
    required: true,
    example: 'Info Jeunes (CRIJ, BIJ, PIJ)',
    help: 'Mission Locale, Info Jeunes, France Travail, CCAS, FJT, Association, Collectivité, Santé, Formation ou Autre.',
  },
  { key: 'description', label: 'Présentation', example: 'Un lieu d’accueil gratuit pour toutes tes questions.', help: '2 000 caractères au plus.' },
  { key: 'address', label: 'Adresse', example: '68 rue Frédéric Suisse', help: '200 caractères au plus.' },
  { key: 'commune', label: 'Commune (code INSEE)', example: '46042', help: 'Code INSEE (5 caractères).' },
  {
    key: 'contactsPublic',
    label: 'Coordonnées visibles publiquement',
    example: 'oui',
    help: '« oui » pour afficher le téléphone et le courriel d’accueil sur le site.',
  },
  { key: 'publicPhone', label: 'Téléphone d’accueil', example: '05 65 00 00 00', help: '' },
  { key: 'publicEmail', label: 'Courriel d’accueil', example: 'accueil@organisme.fr', help: '' },
  { key: 'website', label: 'Site internet', example: 'https://www.organisme.fr', help: '' },
  { key: 'defaultContactDelayDays', label: 'Délai de recontact par défaut (jours)', example: '3', help: 'Nombre entier de 1 à 7 (3 par défaut).' },
  { key: 'professionalContactName', label: 'Contact professionnel : nom', example: 'Camille Dupont', help: 'Visible des seuls professionnels du territoire.' },
  {
    key: 'professionalContactEmail',
    label: 'Contact professionnel : courriel',
    example: 'camille.dupont@organisme.fr',
    help: 'Reçoit les demandes par défaut.',
  },
  { key: 'professionalContactPhone', label: 'Contact professionnel : téléphone', example: '05 65 00 00 01', help: '' },
  { key: 'competenceCommunes', label: 'Compétence (codes INSEE)', example: '', help: 'Codes INSEE séparés par des virgules ; vide : tout le territoire.' },
]

export const IMPORT_COLUMNS: Record<ImportKind, ImportColumn[]> = { offers: OFFER_IMPORT_COLUMNS, partners: PARTNER_IMPORT_COLUMNS }

/** Lower case, no accents, letters and digits only: « Délai de recontact (jours) » → « delaiderecontactjours ». */
export const normalizeHeader = (value: string): string =>
  value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')

export interface HeaderMatch {
  /** column key → index of the cell in each record */
  indexes: Map<string, number>
  missing: ImportColumn[]
  duplicated: string[]
}

export function matchHeaders(headers: readonly string[], columns: readonly ImportColumn[]): HeaderMatch {
  const indexes = new Map<string, number>()
  const duplicated: string[] = []
  headers.forEach((header, index) => {
    const normalized = normalizeHeader(header)
    const column = columns.find((candidate) => normalizeHeader(candidate.label) === normalized || normalizeHeader(candidate.key) === normalized)
    if (!column) return
    if (indexes.has(column.key)) duplicated.push(column.label)
    else indexes.set(column.key, index)
  })
  return { indexes, missing: columns.filter((column) => column.required && !indexes.has(column.key)), duplicated }
}
