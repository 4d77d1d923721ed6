import type { LeadOutcome } from '@/domain/leads/leadStatus'
import type { Answers } from '@/domain/questionnaire/types'

import type { PartnerKey } from '../partners'

/**
 * Where a demo lead stands at `now`:
 * - today / tomorrow: still new, due at the end of today / tomorrow;
 * - new: just sent, due later;
 * - overdue: still new, its due date passed `daysLate` days ago (flagged and escalated);
 * - taken / taken_late: in progress, taken before / after the due date;
 * - closed / closed_late: closed (outcome and comment), handled before / after the due date;
 * - anonymized: closed more than a year ago, personal data erased by the retention sweep.
 */
export type LeadKind = 'today' | 'tomorrow' | 'new' | 'overdue' | 'taken' | 'taken_late' | 'closed' | 'closed_late' | 'anonymized'

export interface LeadScenario {
  partner: PartnerKey
  kind: LeadKind
  /** Age of the lead in days (new, taken, closed…); ignored for today / tomorrow / overdue. */
  daysAgo?: number
  daysLate?: number
  outcome?: LeadOutcome
  /** Start of the title of the offer (default: the partner's offers in turn). */
  offer?: string
  /** How the young person can be reached (default: drawn). */
  via?: 'email' | 'phone' | 'both'
  /** Answer to the follow-up question, when it was sent (default: drawn). */
  followUp?: 'oui' | 'non' | 'none'
  /** Answers forced (the others are drawn, valid and eligible). */
  preset?: Answers
  /**
   * « Suivie par »: the organisation's demo professional, who assigned it to themselves on taking it (`self`), or
   * their colleague absent this week, to whom it was assigned when it arrived (`absentColleague`, Mission Locale du Lot).
   */
  assign?: 'self' | 'absentColleague'
}

/** About 15–20 leads per demo territory; each demo partner account has several to handle today. */
export const LEAD_PLAN: readonly LeadScenario[] = [
  /* ---------- Lot ---------- */
  { partner: 'missionLocaleLot', kind: 'today', offer: 'Contrat d’engagement jeune', via: 'both', assign: 'absentColleague' },
  { partner: 'missionLocaleLot', kind: 'today', offer: 'Faire le point' },
  { partner: 'missionLocaleLot', kind: 'tomorrow', offer: 'Trouver ton alternance' },
  { partner: 'missionLocaleLot', kind: 'overdue', daysLate: 1, offer: 'Contrat d’engagement jeune', via: 'phone', assign: 'absentColleague' },
  { partner: 'missionLocaleLot', kind: 'overdue', daysLate: 4, offer: 'Aide au financement du permis', via: 'email', followUp: 'non' },
  { partner: 'missionLocaleLot', kind: 'taken', daysAgo: 2, offer: 'Déclic', assign: 'self' },
  { partner: 'missionLocaleLot', kind: 'taken_late', daysAgo: 12, offer: 'Trouver ton alternance', via: 'email', followUp: 'oui', assign: 'self' },
  {
    partner: 'missionLocaleLot',
    kind: 'closed',
    daysAgo: 40,
    outcome: 'solution_trouvee',
    offer: 'Contrat d’engagement jeune',
    followUp: 'oui',
    assign: 'self',
  },
  { partner: 'missionLocaleLot', kind: 'anonymized', daysAgo: 410, outcome: 'rdv_fixe', offer: 'Contrat d’engagement jeune' },
  { partner: 'pijCahors', kind: 'today', offer: 'Trouver un job' },
  { partner: 'pijCahors', kind: 'tomorrow', offer: 'Parcoursup' },
  { partner: 'pijCahors', kind: 'overdue', daysLate: 2, offer: 'Passer ton BAFA', via: 'both' },
  { partner: 'pijCahors', kind: 'taken', daysAgo: 1, offer: 'Trouver un job', assign: 'self' },
  { partner: 'pijCahors', kind: 'closed', daysAgo: 70, outcome: 'pas_interessee', offer: 'Passer ton BAFA', assign: 'self' },
  { partner: 'habitatJeunesLot', kind: 'today', offer: 'Un logement meublé' },
  { partner: 'habitatJeunesLot', kind: 'closed', daysAgo: 25, outcome: 'orientee_ailleurs', offer: 'Caution' },
  { partner: 'habitatJeunesLot', kind: 'anonymized', daysAgo: 425, outcome: 'solution_trouvee', offer: 'Saisonniers' },
  { partner: 'ccasCahors', kind: 'closed_late', daysAgo: 52, outcome: 'injoignable', offer: 'Coup de pouce', followUp: 'non' },
  { partner: 'pijFigeac', kind: 'closed', daysAgo: 81, outcome: 'solution_trouvee', offer: 'Trouver un logement' },
  { partner: 'pijGourdon', kind: 'new', daysAgo: 0, offer: 'Jobs saisonniers' },

  /* ---------- Sicoval ---------- */
  { partner: 'missionLocaleSicoval', kind: 'today', offer: 'Contrat d’engagement jeune' },
  { partner: 'missionLocaleSicoval', kind: 'tomorrow', offer: 'Te former' },
  { partner: 'missionLocaleSicoval', kind: 'overdue', daysLate: 3, offer: 'Décrocher', via: 'email' },
  { partner: 'missionLocaleSicoval', kind: 'taken', daysAgo: 2, offer: 'Un bilan de santé', assign: 'self' },
  { partner: 'missionLocaleSicoval', kind: 'closed', daysAgo: 15, outcome: 'solution_trouvee', offer: 'Décrocher', followUp: 'oui', assign: 'self' },
  { partner: 'missionLocaleSicoval', kind: 'closed', daysAgo: 58, outcome: 'non_eligible', offer: 'Te former' },
  { partner: 'missionLocaleSicoval', kind: 'closed', daysAgo: 80, outcome: 'rdv_fixe', offer: 'Contrat d’engagement jeune' },
  { partner: 'pijRamonville', kind: 'today', offer: 'Trouver un stage' },
  { partner: 'pijRamonville', kind: 'new', daysAgo: 0, offer: 'Reprendre tes études' },
  { partner: 'pijRamonville', kind: 'overdue', daysLate: 1, offer: 'Logement étudiant' },
  { partner: 'pijRamonville', kind: 'closed', daysAgo: 33, outcome: 'rdv_fixe', offer: 'Créer ton activité' },
  { partner: 'pijRamonville', kind: 'closed_late', daysAgo: 66, outcome: 'pas_interessee', offer: 'Logement étudiant' },
  { partner: 'passerellesSicoval', kind: 'taken', daysAgo: 5, offer: 'Un deux-roues' },
  { partner: 'passerellesSicoval', kind: 'closed', daysAgo: 44, outcome: 'autre', offer: 'Un deux-roues' },
  { partner: 'paejSudEst', kind: 'tomorrow', offer: 'Un espace pour parler' },
  { partner: 'paejSudEst', kind: 'closed', daysAgo: 9, outcome: 'rdv_fixe', offer: 'Alcool' },
  { partner: 'paejSudEst', kind: 'closed', daysAgo: 60, outcome: 'orientee_ailleurs', offer: 'Un espace pour parler' },

  /* ---------- Montpellier Méditerranée Métropole ---------- */
  { partner: 'crijOccitanie', kind: 'today', offer: 'Trouver un job' },
  { partner: 'crijOccitanie', kind: 'tomorrow', offer: 'S’orienter' },
  { partner: 'crijOccitanie', kind: 'overdue', daysLate: 2, offer: 'Logement jeune', via: 'both' },
  { partner: 'crijOccitanie', kind: 'taken', daysAgo: 1, offer: 'Santé, droits' },
  { partner: 'crijOccitanie', kind: 'closed', daysAgo: 20, outcome: 'solution_trouvee', offer: 'Trouver un job', followUp: 'oui' },
  { partner: 'crijOccitanie', kind: 'closed', daysAgo: 50, outcome: 'orientee_ailleurs', offer: 'Logement jeune' },
  { partner: 'missionLocaleMontpellier', kind: 'today', offer: 'Contrat d’engagement jeune' },
  { partner: 'missionLocaleMontpellier', kind: 'overdue', daysLate: 5, offer: 'Prépa apprentissage', via: 'email', followUp: 'non' },
  { partner: 'missionLocaleMontpellier', kind: 'taken_late', daysAgo: 10, offer: 'Obtenir ta complémentaire' },
  { partner: 'missionLocaleMontpellier', kind: 'closed', daysAgo: 35, outcome: 'rdv_fixe', offer: 'Trouver un emploi avec' },
  { partner: 'missionLocaleMontpellier', kind: 'closed', daysAgo: 78, outcome: 'injoignable', offer: 'Contrat d’engagement jeune', via: 'phone' },
  { partner: 'habitatJeunesMontpellier', kind: 'tomorrow', offer: 'Chambre ou studio' },
  { partner: 'habitatJeunesMontpellier', kind: 'closed', daysAgo: 28, outcome: 'solution_trouvee', offer: 'Chambre ou studio', followUp: 'oui' },
  { partner: 'habitatJeunesMontpellier', kind: 'closed_late', daysAgo: 62, outcome: 'pas_interessee', offer: 'Chambre ou studio' },
  { partner: 'espaceSanteJeunesMontpellier', kind: 'today', offer: 'Un ou une psychologue' },
  { partner: 'espaceSanteJeunesMontpellier', kind: 'taken', daysAgo: 4, offer: 'Consultations gratuites' },
  { partner: 'espaceSanteJeunesMontpellier', kind: 'closed', daysAgo: 14, outcome: 'rdv_fixe', offer: 'Permanence santé' },
]

/** What a professional writes when closing, per outcome (never any personal data). */
export const CLOSING_COMMENTS: Record<LeadOutcome, readonly string[]> = {
  solution_trouvee: [
    'Premier entretien réalisé, le jeune est entré dans le dispositif la semaine suivante.',
    'Rappelée le lendemain, solution trouvée ensemble : dossier complet et accepté.',
    'Entretien fait, le jeune a signé son contrat. Suivi assuré par sa conseillère référente.',
  ],
  rdv_fixe: [
    'Joint par téléphone, rendez-vous fixé à l’antenne la semaine prochaine.',
    'Échange par courriel puis rendez-vous pris pour un premier entretien.',
  ],
  orientee_ailleurs: [
    'Besoin plutôt du côté de la Mission Locale : orientée avec son accord, contact transmis.',
    'Situation qui relève d’un autre dispositif : jeune orienté vers la structure compétente.',
  ],
  injoignable: ['Trois appels à des jours et heures différents et un SMS, sans réponse. Demande close.'],
  pas_interessee: [
    'Le jeune a trouvé une solution de son côté entre-temps, il n’a plus besoin d’accompagnement.',
    'Jointe par téléphone : ne souhaite plus donner suite pour l’instant.',
  ],
  non_eligible: ['Conditions d’accès non remplies après échange (projet hors du champ de l’offre), autres pistes données.'],
  autre: ['Demande en double avec une autre demande du même jeune, traitée dans l’autre dossier.'],
}

export const FIRST_NAMES = [
  'Léa',
  'Lucas',
  'Inès',
  'Nathan',
  'Chloé',
  'Hugo',
  'Manon',
  'Yanis',
  'Camille',
  'Enzo',
  'Sarah',
  'Théo',
  'Jade',
  'Adam',
  'Lina',
  'Louis',
  'Emma',
  'Rayan',
  'Zoé',
  'Mathis',
  'Maëlys',
  'Noah',
  'Anaïs',
  'Sofiane',
  'Clara',
  'Kylian',
  'Océane',
  'Ilyes',
]
export const LAST_NAMES = [
  'Martin',
  'Bernard',
  'Delmas',
  'Lacombe',
  'Garrigues',
  'Benali',
  'Moreau',
  'Fabre',
  'Rouquette',
  'Nguyen',
  'Costes',
  'Roux',
  'Haddad',
  'Vidal',
  'Lefèvre',
  'Cazals',
  'Diallo',
  'Pujol',
  'Marty',
  'Bousquet',
]

/** Demo communes more often searched (big towns). */
export const COMMUNE_WEIGHTS: Record<string, number> = {
  '46042': 5, // Cahors
  '46102': 3, // Figeac
  '46127': 2, // Gourdon
  '31446': 3, // Ramonville
  '31113': 2, // Castanet
  '34172': 6, // Montpellier
  '34129': 2, // Lattes
}

/**
 * Searches bound to find nothing (gaps in the offer): a student-free Sicoval has nothing for housing
 * outside students, the north of the Lot nothing for a high-school pupil looking for housing…
 */
export const GAP_SEARCHES: readonly { territory: string; commune: string; theme: string; preset: Answers }[] = [
  { territory: 'sicoval', commune: '31048', theme: 'logement', preset: { situation: 'demandeur_emploi', besoin_logement: 'trouver_logement' } },
  { territory: 'sicoval', commune: '31169', theme: 'logement', preset: { situation: 'salarie', besoin_logement: 'garder_logement' } },
  { territory: 'sicoval', commune: '31446', theme: 'logement', preset: { situation: 'sans_activite', besoin_logement: 'payer_logement' } },
  { territory: 'lot', commune: '46127', theme: 'logement', preset: { age: 17, situation: 'lyceen', besoin_logement: 'trouver_logement', saisonnier: 'non' } },
  { territory: 'lot', commune: '46309', theme: 'logement', preset: { age: 16, situation: 'lyceen', besoin_logement: 'trouver_logement', saisonnier: 'non' } },
  { territory: 'montpellier-mediterranee-metropole', commune: '34123', theme: 'logement', preset: { age: 17, situation: 'lyceen' } },
  { territory: 'lot', commune: '46251', theme: 'formation', preset: { age: 28, situation: 'salarie' } },
]
