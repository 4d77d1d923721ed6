import type { Questionnaire } from '@/payload-types'

import { create, type SeedContext } from './context'
import type { ThemeIds, ThemeSlug } from './themes'

type QuestionRow = NonNullable<Questionnaire['questions']>[number]

const options = (entries: Record<string, string>) => Object.entries(entries).map(([value, label]) => ({ value, label }))

/* ---------- Questions shared by several themes ---------- */

const age: QuestionRow = {
  key: 'age',
  type: 'number',
  required: true,
  label: 'Quel âge as-tu ?',
  shortLabel: 'Âge',
  help: 'La Boussole s’adresse aux jeunes de 15 à 30 ans.',
  min: 15,
  max: 30,
}

const SITUATIONS = {
  lyceen: 'Je suis au collège ou au lycée',
  etudiant: 'Je suis étudiant ou étudiante',
  apprenti: 'Je suis en apprentissage (alternance)',
  salarie: 'Je travaille (CDI, CDD, intérim…)',
  demandeur_emploi: 'Je cherche un emploi',
  service_civique: 'Je fais un service civique',
  sans_activite: 'Je ne fais rien en ce moment',
}

const situation: QuestionRow = {
  key: 'situation',
  type: 'single',
  required: true,
  label: 'Quelle est ta situation aujourd’hui ?',
  shortLabel: 'Situation',
  options: options(SITUATIONS),
}

const diplome: QuestionRow = {
  key: 'diplome',
  type: 'single',
  required: true,
  label: 'Quel est ton diplôme le plus élevé ?',
  shortLabel: 'Diplôme',
  help: 'Indique le dernier diplôme que tu as obtenu, pas celui que tu prépares.',
  options: options({
    aucun: 'Aucun diplôme (ou le brevet)',
    cap_bep: 'CAP ou BEP',
    bac: 'Bac (général, techno ou pro)',
    bac_plus_2: 'Bac +2 (BTS, BUT, DEUST…)',
    bac_plus_3_et_plus: 'Bac +3 ou plus (licence, master…)',
  }),
}

const inscriptions = (conditions?: QuestionRow['conditions']): QuestionRow => ({
  key: 'inscriptions',
  type: 'multiple',
  required: false,
  label: 'Es-tu déjà inscrit ou inscrite quelque part pour t’aider ?',
  shortLabel: 'Inscriptions',
  help: 'Tu peux cocher plusieurs réponses.',
  options: options({
    mission_locale: 'À la Mission Locale',
    france_travail: 'À France Travail',
    aucune: 'Nulle part pour l’instant',
  }),
  allowUnknown: true,
  conditions,
})

const permis: QuestionRow = {
  key: 'permis',
  type: 'boolean',
  required: true,
  label: 'As-tu le permis de conduire (permis B) ?',
  shortLabel: 'Permis B',
}

const handicap: QuestionRow = {
  key: 'handicap',
  type: 'boolean',
  required: false,
  label: 'As-tu une reconnaissance de handicap (RQTH, MDPH) ?',
  shortLabel: 'Handicap reconnu',
  help: 'Cette réponse reste confidentielle. Elle permet de te proposer des aides en plus, si tu y as droit.',
  allowUnknown: true,
}

const ressources: QuestionRow = {
  key: 'ressources',
  type: 'single',
  required: false,
  label: 'Combien d’argent as-tu chaque mois, à peu près ?',
  shortLabel: 'Ressources',
  help: 'Compte ton salaire, tes bourses et les aides que tu touches (sans les aides de tes parents).',
  options: options({
    aucune: 'Rien du tout',
    moins_500: 'Moins de 500 €',
    de_500_a_1000: 'Entre 500 € et 1 000 €',
    plus_de_1000: 'Plus de 1 000 €',
  }),
  allowUnknown: true,
}

/* ---------- National templates ---------- */

/** Two steps, as the 2017 production questionnaire (« Mon profil », « Ma situation »), and a negative branch. */
const emploi: QuestionRow[] = [
  { ...age, step: 'Mon profil' },
  situation,
  // Shown unless the young person is still at school or a student: the Mission Locale and France Travail follow the others.
  { ...inscriptions([{ questionKey: 'situation', operator: 'notIn', values: ['lyceen', 'etudiant'] }]), step: 'Ma situation' },
  {
    key: 'projet_emploi',
    type: 'single',
    required: true,
    label: 'Qu’est-ce que tu cherches ?',
    shortLabel: 'Ce que tu cherches',
    options: options({
      emploi: 'Un emploi (CDI, CDD, intérim)',
      job: 'Un job étudiant ou un job d’été',
      alternance: 'Une alternance (apprentissage ou contrat pro)',
      stage: 'Un stage',
      creer_activite: 'Créer mon activité ou mon entreprise',
    }),
  },
  {
    key: 'idee_activite',
    type: 'boolean',
    required: false,
    label: 'As-tu déjà une idée précise de l’activité que tu veux créer ?',
    shortLabel: 'Idée d’activité',
    allowUnknown: true,
    conditions: [{ questionKey: 'projet_emploi', operator: 'in', values: ['creer_activite'] }],
  },
  diplome,
  permis,
  handicap,
]

const formation: QuestionRow[] = [
  age,
  situation,
  {
    key: 'sortie_etudes',
    type: 'single',
    required: true,
    label: 'Depuis quand as-tu arrêté l’école ou tes études ?',
    shortLabel: 'Fin des études',
    options: options({
      moins_1_an: 'Depuis moins d’un an',
      un_a_deux_ans: 'Depuis un ou deux ans',
      plus_2_ans: 'Depuis plus de deux ans',
    }),
    conditions: [{ questionKey: 'situation', operator: 'in', values: ['demandeur_emploi', 'sans_activite', 'salarie', 'service_civique'] }],
  },
  diplome,
  {
    key: 'projet_formation',
    type: 'single',
    required: true,
    label: 'Qu’est-ce que tu aimerais faire ?',
    shortLabel: 'Ton projet',
    options: options({
      choisir_orientation: 'Trouver ce qui me plaît, choisir mon orientation',
      apprendre_metier: 'Me former à un métier précis',
      reprendre_etudes: 'Reprendre des études',
      passer_diplome: 'Passer un diplôme ou faire valider mon expérience',
    }),
  },
  inscriptions(),
  handicap,
]

const logement: QuestionRow[] = [
  age,
  situation,
  {
    key: 'logement_actuel',
    type: 'single',
    required: true,
    label: 'Où habites-tu en ce moment ?',
    shortLabel: 'Logement actuel',
    options: options({
      chez_parents: 'Chez mes parents ou ma famille',
      locataire: 'Dans mon propre logement (location, colocation)',
      foyer_residence: 'En foyer, en internat ou en résidence',
      heberge: 'Chez des amis, de façon provisoire',
      sans_solution: 'Je n’ai pas d’endroit où dormir',
    }),
  },
  {
    key: 'urgence',
    type: 'boolean',
    required: true,
    label: 'As-tu besoin d’un endroit où dormir dans les prochains jours ?',
    shortLabel: 'Besoin urgent',
    help: 'Si tu es à la rue ce soir, appelle le 115 (gratuit, jour et nuit).',
    conditions: [{ questionKey: 'logement_actuel', operator: 'in', values: ['heberge', 'sans_solution'] }],
  },
  {
    key: 'besoin_logement',
    type: 'single',
    required: true,
    label: 'De quoi as-tu besoin ?',
    shortLabel: 'Ton besoin',
    options: options({
      trouver_logement: 'Trouver un logement',
      payer_logement: 'Payer mon loyer, ma caution ou mon installation',
      garder_logement: 'Garder mon logement (dettes, problème avec le propriétaire)',
    }),
  },
  ressources,
  {
    key: 'enfants',
    type: 'boolean',
    required: false,
    label: 'As-tu un ou des enfants à charge ?',
    shortLabel: 'Enfants à charge',
  },
]

const sante: QuestionRow[] = [
  age,
  situation,
  {
    key: 'besoin_sante',
    type: 'single',
    required: true,
    label: 'De quoi aimerais-tu parler ?',
    shortLabel: 'Ton besoin',
    options: options({
      soins: 'Voir un médecin, me faire soigner, être remboursé',
      moral: 'Mon moral, le stress, quelque chose qui me pèse',
      sexualite: 'Contraception, dépistage, vie affective',
      addictions: 'Alcool, cannabis, écrans ou autres consommations',
      bilan: 'Faire un bilan de santé complet',
    }),
  },
  {
    key: 'deja_suivi',
    type: 'boolean',
    required: false,
    label: 'Es-tu déjà suivi ou suivie par un ou une psy ou un médecin pour ça ?',
    shortLabel: 'Déjà suivi',
    allowUnknown: true,
    conditions: [{ questionKey: 'besoin_sante', operator: 'in', values: ['moral', 'addictions'] }],
  },
  {
    key: 'couverture_sante',
    type: 'single',
    required: true,
    label: 'As-tu une carte Vitale et une mutuelle ?',
    shortLabel: 'Couverture santé',
    help: 'La mutuelle (ou complémentaire santé) rembourse ce que la Sécurité sociale ne prend pas en charge.',
    options: options({
      secu_et_mutuelle: 'Oui, les deux',
      secu_seule: 'J’ai la carte Vitale, mais pas de mutuelle',
      aucune: 'Je n’ai ni l’une ni l’autre',
    }),
    allowUnknown: true,
  },
  ressources,
]

const mobiliteInternationale: QuestionRow[] = [
  age,
  situation,
  {
    key: 'projet_international',
    type: 'single',
    required: true,
    label: 'Quel projet as-tu à l’étranger ?',
    shortLabel: 'Ton projet',
    options: options({
      etudier: 'Étudier (Erasmus+, échange…)',
      stage: 'Faire un stage',
      travailler: 'Travailler (PVT, job, jeune fille ou garçon au pair)',
      volontariat: 'Faire du volontariat (Corps européen de solidarité, VSI…)',
      decouvrir: 'Je ne sais pas encore, je veux découvrir les possibilités',
    }),
  },
  {
    key: 'duree_sejour',
    type: 'single',
    required: false,
    label: 'Combien de temps aimerais-tu partir ?',
    shortLabel: 'Durée',
    options: options({
      moins_2_mois: 'Moins de 2 mois',
      de_2_a_6_mois: 'De 2 à 6 mois',
      plus_6_mois: 'Plus de 6 mois',
    }),
    allowUnknown: true,
    conditions: [{ questionKey: 'projet_international', operator: 'in', values: ['stage', 'travailler', 'volontariat'] }],
  },
  {
    key: 'niveau_langue',
    type: 'single',
    required: true,
    label: 'Comment te débrouilles-tu dans une langue étrangère ?',
    shortLabel: 'Langue étrangère',
    options: options({
      debutant: 'Je connais quelques mots',
      intermediaire: 'Je me fais comprendre au quotidien',
      courant: 'Je parle couramment',
    }),
    allowUnknown: true,
  },
  diplome,
  {
    key: 'deja_parti',
    type: 'boolean',
    required: false,
    label: 'Es-tu déjà parti ou partie à l’étranger sans ta famille ?',
    shortLabel: 'Déjà parti',
  },
]

export const NATIONAL_QUESTIONNAIRES: Record<ThemeSlug, { title: string; intro: string; questions: QuestionRow[] }> = {
  emploi: {
    title: 'Emploi — modèle national',
    intro:
      'Quelques questions rapides pour te proposer les bons contacts près de chez toi. Tes réponses restent anonymes tant que tu ne demandes pas à être rappelé.',
    questions: emploi,
  },
  formation: {
    title: 'Formation — modèle national',
    intro: 'Dis-nous où tu en es : on te montre qui peut t’aider à choisir, à te former ou à reprendre tes études.',
    questions: formation,
  },
  logement: {
    title: 'Logement — modèle national',
    intro: 'Quelques questions sur ta situation pour trouver les aides et les logements qui te correspondent.',
    questions: logement,
  },
  sante: {
    title: 'Santé — modèle national',
    intro: 'Tes réponses servent seulement à te proposer les bons interlocuteurs. Beaucoup de ces services sont gratuits et confidentiels.',
    questions: sante,
  },
  'mobilite-internationale': {
    title: 'Mobilité internationale — modèle national',
    intro: 'Tu as envie de partir ? Raconte-nous ton projet, on te montre qui peut t’aider à le préparer et à le financer.',
    questions: mobiliteInternationale,
  },
}

/**
 * The Lot's own Logement questionnaire: the national questions, plus where in the Lot the young person
 * is looking and whether they come for a seasonal job (many young seasonal workers in the Lot valley).
 */
export const LOT_LOGEMENT_QUESTIONNAIRE = {
  title: 'Logement — version du Lot',
  intro: 'Dans le Lot, les solutions ne sont pas les mêmes à Cahors, à Figeac ou dans la vallée de la Dordogne : dis-nous où tu cherches.',
  questions: [
    ...logement.slice(0, 5),
    {
      key: 'secteur_lot',
      type: 'single',
      required: true,
      label: 'Dans quel coin du Lot cherches-tu un logement ?',
      shortLabel: 'Secteur',
      options: options({
        cahors: 'Cahors et alentours',
        figeac: 'Figeac et le Grand-Figeac',
        nord_lot: 'Gourdon, Souillac, Gramat, Saint-Céré',
        autre: 'Ailleurs dans le Lot',
      }),
      allowUnknown: true,
    },
    {
      key: 'saisonnier',
      type: 'boolean',
      required: false,
      label: 'Viens-tu dans le Lot pour un travail saisonnier, un stage ou une alternance ?',
      shortLabel: 'Contrat court ou saison',
    },
    ...logement.slice(5),
  ] satisfies QuestionRow[],
}

export async function seedNationalQuestionnaires(ctx: SeedContext, themes: ThemeIds): Promise<void> {
  for (const [slug, questionnaire] of Object.entries(NATIONAL_QUESTIONNAIRES) as [ThemeSlug, (typeof NATIONAL_QUESTIONNAIRES)[ThemeSlug]][]) {
    await create(ctx, 'questionnaires', { ...questionnaire, theme: themes[slug] })
  }
  ctx.log(`${Object.keys(NATIONAL_QUESTIONNAIRES).length} questionnaires nationaux créés.`)
}

export async function seedTerritoryQuestionnaires(ctx: SeedContext, themes: ThemeIds, lotId: number): Promise<void> {
  await create(ctx, 'questionnaires', { ...LOT_LOGEMENT_QUESTIONNAIRE, theme: themes.logement, territory: lotId })
  ctx.log('1 questionnaire territorial créé (Logement, Lot).')
}
