/**
 * The parts of the data·inclusion schema v1 that Boussole publishes: enumerations, field rules, and a
 * small validator used by the tests (and available to check a row before publishing it).
 * Reference: https://github.com/gip-inclusion/data-inclusion-schema (src/data_inclusion/schema/v1).
 */

export const DATA_INCLUSION_SOURCE = 'boussole'

export const TYPES_DE_SERVICES = ['accompagnement', 'aide-financiere', 'aide-materielle', 'atelier', 'formation', 'information'] as const
export const FRAIS = ['gratuit', 'payant'] as const
export const MODES_ACCUEIL = ['a-distance', 'en-presentiel'] as const
export const MODES_MOBILISATION = ['envoyer-un-courriel', 'se-presenter', 'telephoner', 'utiliser-lien-mobilisation'] as const
export const MOBILISABLE_PAR = ['usagers', 'professionnels'] as const

/** `tous-publics` cannot be combined with another public. */
export const TOUS_PUBLICS = 'tous-publics'
export const PUBLICS = [
  'actifs',
  'beneficiaires-des-minimas-sociaux',
  'demandeurs-emploi',
  'etudiants',
  'familles',
  'femmes',
  'jeunes',
  'personnes-en-situation-de-handicap',
  'personnes-en-situation-durgence',
  'personnes-en-situation-juridique-specifique',
  'personnes-exilees',
  'residents-qpv-frr',
  'seniors',
  TOUS_PUBLICS,
] as const

export const THEMATIQUES = [
  'choisir-un-metier--confirmer-son-choix-de-metier',
  'choisir-un-metier--connaitre-les-opportunites-demploi',
  'choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite',
  'choisir-un-metier--identifier-ses-points-forts-et-ses-competences',
  'creer-une-entreprise--definir-son-projet-de-creation-dentreprise',
  'creer-une-entreprise--developper-son-entreprise',
  'creer-une-entreprise--structurer-son-projet-de-creation-dentreprise',
  'difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives',
  'difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-a-la-citoyennete',
  'difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits',
  'difficultes-administratives-ou-juridiques--beneficier-dune-mesure-daccompagnement-adapte',
  'difficultes-administratives-ou-juridiques--connaitre-ses-droits-face-a-une-discrimination',
  'difficultes-administratives-ou-juridiques--prendre-en-compte-une-problematique-judiciaire',
  'difficultes-financieres--acquerir-une-autonomie-budgetaire',
  'difficultes-financieres--ameliorer-sa-gestion-budgetaire',
  'difficultes-financieres--mettre-en-place-une-mesure-de-protection-financiere',
  'difficultes-financieres--prevenir-une-degradation-de-la-situation-financiere',
  'difficultes-financieres--situation-dendettement-surendettement',
  'equipement-et-alimentation--aide-menagere',
  'equipement-et-alimentation--alimentation',
  'equipement-et-alimentation--electromenager',
  'equipement-et-alimentation--habillement',
  'famille--garde-denfants',
  'famille--prise-en-charge-personne-dependante',
  'famille--soutien-a-la-parentalite-et-a-leducation',
  'famille--soutien-aidants',
  'famille--surmonter-conflits-separation-violence',
  'lecture-ecriture-calcul--maitriser-le-calcul',
  'lecture-ecriture-calcul--maitriser-le-francais',
  'logement-hebergement--acheter-un-logement',
  'logement-hebergement--changer-de-logement',
  'logement-hebergement--louer-un-logement',
  'logement-hebergement--rechercher-une-solution-dhebergement-temporaire',
  'logement-hebergement--reduire-les-impayes-de-loyer',
  'logement-hebergement--se-maintenir-dans-le-logement',
  'logement-hebergement--sinformer-sur-les-demarches-liees-a-lacces-au-logement',
  'mobilite--acceder-a-un-vehicule',
  'mobilite--entretenir-reparer-son-vehicule',
  'mobilite--etre-accompagne-dans-son-parcours-mobilite',
  'mobilite--financer-ma-mobilite',
  'mobilite--preparer-un-permis',
  'mobilite--mobilite-douce-partagee-collective',
  'numerique--acceder-a-des-services-en-ligne',
  'numerique--acceder-a-une-connexion-internet',
  'numerique--acquerir-un-equipement',
  'numerique--maitriser-les-fondamentaux-du-numerique',
  'preparer-sa-candidature--developper-son-reseau',
  'preparer-sa-candidature--organiser-ses-demarches-de-recherche-demploi',
  'preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation',
  'preparer-sa-candidature--valoriser-ses-competences',
  'remobilisation--activites-sportives-et-culturelles',
  'remobilisation--benevolat-action-citoyenne',
  'remobilisation--bien-etre-confiance-en-soi',
  'remobilisation--lien-social',
  'sante--acces-aux-soins',
  'sante--addictions',
  'sante--constituer-un-dossier-mdph-invalidite',
  'sante--sante-mentale',
  'sante--sante-sexuelle',
  'se-former--monter-son-dossier-de-formation',
  'se-former--trouver-sa-formation',
  'souvrir-a-linternational--connaitre-les-opportunites-demploi-a-letranger',
  'souvrir-a-linternational--sinformer-sur-les-aides-pour-travailler-a-letranger',
  'souvrir-a-linternational--sorganiser-suite-a-son-retour-en-france',
  'trouver-un-emploi--convaincre-un-recruteur-en-entretien',
  'trouver-un-emploi--faire-des-candidatures-spontanees',
  'trouver-un-emploi--maintien-dans-lemploi',
  'trouver-un-emploi--repondre-a-des-offres-demploi',
  'trouver-un-emploi--suivre-ses-candidatures-et-relancer-les-employeurs',
] as const

export const RESEAUX_PORTEURS = [
  '60000-rebonds',
  'action-logement',
  'adie',
  'afpa',
  'agefiph',
  'aidants-connect',
  'alliance-villes-emploi',
  'anlci',
  'apprentis-dauteuil',
  'ase',
  'banques-alimentaires',
  'caarud',
  'cada',
  'caf',
  'campus-connecte',
  'cap-emploi-reseau-cheops',
  'cava',
  'ccas-cias',
  'chambres-consulaires',
  'chantier-ecole',
  'chrs',
  'chu',
  'cidff',
  'cmp',
  'cms',
  'cnam',
  'collectif-emploi',
  'communes',
  'coorace',
  'conseillers-numeriques',
  'cpam',
  'cph',
  'creches-avip',
  'crepi',
  'cresus',
  'croix-rouge',
  'csapa',
  'departements',
  'duo-for-a-job',
  'ecoles-de-la-deuxieme-chance',
  'egee',
  'emmaus',
  'epide',
  'espaces-publics-numeriques',
  'etcld',
  'fabrique-de-territoire',
  'face',
  'fcsf',
  'federation-professionnelle-femmes',
  'federation-des-acteurs-de-la-solidarite',
  'france-active',
  'france-service',
  'france-travail',
  'french-tech',
  'geiq',
  'grandes-ecoles-du-numerique',
  'huda',
  'hup',
  'inae',
  'initiative-france',
  'konexio',
  'la-cravate-solidaire',
  'la-poste',
  'les-premieres',
  'maisons-de-l-emploi',
  'maison-departementale-de-lautonomie',
  'maisons-des-solidarites',
  'mission-locale',
  'mjc',
  'mobin',
  'msap',
  'mutualite-sociale-agricole',
  'nqt',
  'pimms-mediation',
  'pjj',
  'plie',
  'points-conseil-budget',
  'points-justice',
  'positive-planet',
  'regions',
  'reseau-app',
  'reseau-bge',
  'reseau-entreprendre',
  'reseau-information-jeunesse',
  'residences-fjt',
  'ressourceries',
  'restos-du-coeur',
  'secours-populaire',
  'siae',
  'siao',
  'simplon',
  'singa',
  'snc',
  'spip',
  'tous-tes-possibles',
  'unaf',
  'unea',
  'unis-cite',
  'wimoov',
] as const

export type Thematique = (typeof THEMATIQUES)[number]
export type Public = (typeof PUBLICS)[number]
export type ReseauPorteur = (typeof RESEAUX_PORTEURS)[number]

/** Where a service or a structure is (Boussole stores neither coordinates nor an address complement: always null). */
export interface DataInclusionAddress {
  commune: string | null
  code_postal: string | null
  code_insee: string | null
  adresse: string | null
  complement_adresse: string | null
  longitude: number | null
  latitude: number | null
}

/** A service (offre de service), as published. Every key is always present; unknown values are null. */
export interface DataInclusionService extends DataInclusionAddress {
  source: string
  structure_id: string
  id: string
  nom: string
  description: string
  date_maj: string
  type: (typeof TYPES_DE_SERVICES)[number] | null
  thematiques: Thematique[] | null
  frais: (typeof FRAIS)[number] | null
  frais_precisions: string | null
  publics: Public[] | null
  publics_precisions: string | null
  conditions_acces: string | null
  telephone: string | null
  courriel: string | null
  contact_nom_prenom: string | null
  lien_source: string | null
  modes_accueil: (typeof MODES_ACCUEIL)[number][] | null
  zone_eligibilite: string[] | null
  lien_mobilisation: string | null
  modes_mobilisation: (typeof MODES_MOBILISATION)[number][] | null
  mobilisable_par: (typeof MOBILISABLE_PAR)[number][] | null
  mobilisation_precisions: string | null
  volume_horaire_hebdomadaire: number | null
  nombre_semaines: number | null
  horaires_accueil: string | null
}

/** A structure (organisme partenaire), as published. */
export interface DataInclusionStructure extends DataInclusionAddress {
  source: string
  id: string
  nom: string
  date_maj: string
  description: string | null
  lien_source: string | null
  siret: string | null
  telephone: string | null
  courriel: string | null
  site_web: string | null
  horaires_accueil: string | null
  accessibilite_lieu: string | null
  reseaux_porteurs: ReseauPorteur[] | null
}

/* ---------- Field rules ---------- */

export const NOM_LENGTH = { min: 3, max: 150 } as const
export const DESCRIPTION_LENGTH = { min: 5, max: 10_000 } as const

const CODE_COMMUNE = /^(\d{5}|2[AB]\d{3})$/
const CODE_DEPARTEMENT = /^(\d{2}|2[AB]|97\d)$/
const CODE_EPCI = /^\d{9}$/
const CODE_REGION = /^\d{2}$/
const CODE_POSTAL = /^\d{5}$/
const SIRET = /^\d{14}$/
const DATE = /^\d{4}-\d{2}-\d{2}$/
const E164 = /^\+[1-9]\d{6,14}$/
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export const isZoneCode = (code: string): boolean =>
  code === 'france' || code === '99100' || CODE_COMMUNE.test(code) || CODE_DEPARTEMENT.test(code) || CODE_EPCI.test(code) || CODE_REGION.test(code)

export interface SchemaError {
  field: string
  message: string
}

type Row = Record<string, unknown>

const SERVICE_FIELDS: readonly (keyof DataInclusionService)[] = [
  'source',
  'structure_id',
  'id',
  'nom',
  'description',
  'date_maj',
  'type',
  'thematiques',
  'frais',
  'frais_precisions',
  'publics',
  'publics_precisions',
  'conditions_acces',
  'commune',
  'code_postal',
  'code_insee',
  'adresse',
  'complement_adresse',
  'longitude',
  'latitude',
  'telephone',
  'courriel',
  'contact_nom_prenom',
  'lien_source',
  'modes_accueil',
  'zone_eligibilite',
  'lien_mobilisation',
  'modes_mobilisation',
  'mobilisable_par',
  'mobilisation_precisions',
  'volume_horaire_hebdomadaire',
  'nombre_semaines',
  'horaires_accueil',
]

const STRUCTURE_FIELDS: readonly (keyof DataInclusionStructure)[] = [
  'source',
  'id',
  'nom',
  'date_maj',
  'description',
  'lien_source',
  'siret',
  'commune',
  'code_postal',
  'code_insee',
  'adresse',
  'complement_adresse',
  'longitude',
  'latitude',
  'telephone',
  'courriel',
  'site_web',
  'horaires_accueil',
  'accessibilite_lieu',
  'reseaux_porteurs',
]

class Checker {
  readonly errors: SchemaError[] = []
  constructor(private readonly row: Row) {}

  private fail(field: string, message: string) {
    this.errors.push({ field, message })
  }
  private present(field: string): boolean {
    return this.row[field] !== null && this.row[field] !== undefined
  }

  onlyKnownFields(fields: readonly string[]) {
    for (const key of Object.keys(this.row)) if (!fields.includes(key)) this.fail(key, 'champ inconnu du schéma')
  }
  requiredString(field: string) {
    const value = this.row[field]
    if (typeof value !== 'string' || !value.trim()) this.fail(field, 'champ requis')
  }
  string(field: string, pattern?: RegExp, length?: { min: number; max: number }) {
    if (!this.present(field)) return
    const value = this.row[field]
    if (typeof value !== 'string') return this.fail(field, 'doit être une chaîne de caractères')
    if (pattern && !pattern.test(value)) this.fail(field, `format invalide : « ${value} »`)
    if (length && (value.length < length.min || value.length > length.max)) {
      this.fail(field, `longueur ${value.length} hors de ${length.min}–${length.max}`)
    }
  }
  nom(field: string) {
    this.requiredString(field)
    this.string(field, undefined, NOM_LENGTH)
    if (typeof this.row[field] === 'string' && (this.row[field] as string).endsWith('.')) this.fail(field, 'ne doit pas se terminer par un point')
  }
  date(field: string) {
    this.requiredString(field)
    const value = this.row[field]
    if (typeof value === 'string' && (!DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))))
      this.fail(field, 'date attendue au format AAAA-MM-JJ')
  }
  url(field: string) {
    if (!this.present(field)) return
    const value = this.row[field]
    try {
      const url = new URL(String(value))
      if (url.protocol !== 'https:' && url.protocol !== 'http:') this.fail(field, 'URL http(s) attendue')
    } catch {
      this.fail(field, 'URL invalide')
    }
  }
  number(field: string, { min, max, integer }: { min?: number; max?: number; integer?: boolean }) {
    if (!this.present(field)) return
    const value = this.row[field]
    if (typeof value !== 'number' || Number.isNaN(value)) return this.fail(field, 'nombre attendu')
    if ((min !== undefined && value < min) || (max !== undefined && value > max) || (integer && !Number.isInteger(value))) {
      this.fail(field, `valeur ${value} hors limites`)
    }
  }
  enumeration(field: string, allowed: readonly string[]) {
    if (!this.present(field)) return
    if (!allowed.includes(this.row[field] as string)) this.fail(field, `valeur hors référentiel : « ${String(this.row[field])} »`)
  }
  list(field: string, accept: (value: string) => boolean) {
    if (!this.present(field)) return
    const value = this.row[field]
    if (!Array.isArray(value)) return this.fail(field, 'liste attendue')
    if (value.length === 0) return this.fail(field, 'liste vide : mettre null')
    if (new Set(value).size !== value.length) this.fail(field, 'valeurs en double')
    for (const item of value) if (typeof item !== 'string' || !accept(item)) this.fail(field, `valeur hors référentiel : « ${String(item)} »`)
  }
}

/** Checks a service row against the data·inclusion v1 rules; returns the faults (empty when valid). */
export function validateDataInclusionService(row: Row): SchemaError[] {
  const check = new Checker(row)
  check.onlyKnownFields(SERVICE_FIELDS)
  for (const field of ['source', 'structure_id', 'id']) check.requiredString(field)
  check.nom('nom')
  check.requiredString('description')
  check.string('description', undefined, DESCRIPTION_LENGTH)
  check.date('date_maj')
  check.enumeration('type', TYPES_DE_SERVICES)
  check.enumeration('frais', FRAIS)
  check.list('thematiques', (value) => (THEMATIQUES as readonly string[]).includes(value))
  check.list('publics', (value) => (PUBLICS as readonly string[]).includes(value))
  if (Array.isArray(row.publics) && row.publics.includes(TOUS_PUBLICS) && row.publics.length > 1) {
    check.errors.push({ field: 'publics', message: '« tous-publics » ne peut pas être combiné avec un autre public' })
  }
  check.list('modes_accueil', (value) => (MODES_ACCUEIL as readonly string[]).includes(value))
  check.list('modes_mobilisation', (value) => (MODES_MOBILISATION as readonly string[]).includes(value))
  check.list('mobilisable_par', (value) => (MOBILISABLE_PAR as readonly string[]).includes(value))
  check.list('zone_eligibilite', isZoneCode)
  checkAddressAndContact(check)
  for (const field of ['frais_precisions', 'publics_precisions', 'conditions_acces', 'contact_nom_prenom', 'mobilisation_precisions', 'horaires_accueil']) {
    check.string(field)
  }
  check.url('lien_source')
  check.url('lien_mobilisation')
  check.number('volume_horaire_hebdomadaire', { min: 0 })
  check.number('nombre_semaines', { min: 1, integer: true })
  return check.errors
}

/** Checks a structure row against the data·inclusion v1 rules; returns the faults (empty when valid). */
export function validateDataInclusionStructure(row: Row): SchemaError[] {
  const check = new Checker(row)
  check.onlyKnownFields(STRUCTURE_FIELDS)
  for (const field of ['source', 'id']) check.requiredString(field)
  check.nom('nom')
  check.date('date_maj')
  check.string('description', undefined, DESCRIPTION_LENGTH)
  check.string('siret', SIRET)
  checkAddressAndContact(check)
  check.string('horaires_accueil')
  check.url('lien_source')
  check.url('site_web')
  check.url('accessibilite_lieu')
  check.list('reseaux_porteurs', (value) => (RESEAUX_PORTEURS as readonly string[]).includes(value))
  return check.errors
}

function checkAddressAndContact(check: Checker) {
  check.string('commune')
  check.string('code_postal', CODE_POSTAL)
  check.string('code_insee', CODE_COMMUNE)
  check.string('adresse')
  check.string('complement_adresse')
  check.number('longitude', { min: -180, max: 180 })
  check.number('latitude', { min: -90, max: 90 })
  check.string('telephone', E164)
  check.string('courriel', EMAIL)
}
