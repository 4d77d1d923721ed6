import type { EligibilityRule } from '../matching/types'
import type { Question } from '../questionnaire/types'
import type { Public } from './dataInclusionSchema'

/** The publication's `publicsFor` (mapService.ts) in reverse: the publics that are an answer of the questionnaire. */
const RULE_OF_PUBLIC: Partial<Record<Public, { criterion: string; value: string }>> = {
  'demandeurs-emploi': { criterion: 'situation', value: 'demandeur_emploi' },
  etudiants: { criterion: 'situation', value: 'etudiant' },
  'personnes-en-situation-de-handicap': { criterion: 'handicap', value: 'oui' },
}

/** Publics every young person belongs to: no rule, nothing to say. */
const EVERYONE: readonly string[] = ['jeunes', 'tous-publics']

export const PUBLIC_LABELS: Record<Public, string> = {
  actifs: 'actifs',
  'beneficiaires-des-minimas-sociaux': 'bénéficiaires des minima sociaux',
  'demandeurs-emploi': 'demandeurs d’emploi',
  etudiants: 'étudiants',
  familles: 'familles',
  femmes: 'femmes',
  jeunes: 'jeunes',
  'personnes-en-situation-de-handicap': 'personnes en situation de handicap',
  'personnes-en-situation-durgence': 'personnes en situation d’urgence',
  'personnes-en-situation-juridique-specifique': 'personnes en situation juridique spécifique',
  'personnes-exilees': 'personnes exilées',
  'residents-qpv-frr': 'résidents des quartiers prioritaires ou de France ruralités revitalisation',
  seniors: 'seniors',
  'tous-publics': 'tous publics',
}

const accepts = (question: Question, value: string): boolean =>
  question.type === 'boolean' ? value === 'oui' || value === 'non' : (question.options ?? []).some((option) => option.value === value)

/**
 * The eligibility rules a service's publics give on the questionnaire that applies (only criteria and answers
 * it really has), and the publics left to say in words in the description.
 */
export function rulesFromPublics(
  publics: readonly string[] | null | undefined,
  questions: readonly Question[],
): { rules: EligibilityRule[]; inWords: string[] } {
  const values = new Map<string, string[]>()
  const inWords: string[] = []
  for (const item of publics ?? []) {
    if (EVERYONE.includes(item)) continue
    const rule = RULE_OF_PUBLIC[item as Public]
    const question = rule && questions.find((candidate) => candidate.key === rule.criterion)
    if (rule && question && accepts(question, rule.value)) values.set(rule.criterion, [...(values.get(rule.criterion) ?? []), rule.value])
    else inWords.push(PUBLIC_LABELS[item as Public] ?? item)
  }
  return { rules: [...values].map(([criterion, accepted]) => ({ criterion, values: accepted })), inWords }
}
