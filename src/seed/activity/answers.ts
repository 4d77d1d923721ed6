import { evaluateRules } from '@/domain/matching/evaluateRules'
import type { EligibilityRule } from '@/domain/matching/types'
import { conditionHolds } from '@/domain/questionnaire/conditionHolds'
import { UNKNOWN_ANSWER, type Answers, type Question } from '@/domain/questionnaire/types'
import { validateAnswers } from '@/domain/questionnaire/validateAnswers'

import type { Random } from './random'

const DEFAULT_AGE = { min: 16, max: 28 }

/** Answers a real young person could plausibly give (no 28-year-old in high school, no master at 17…). */
function plausible(answers: Answers): boolean {
  const age = typeof answers.age === 'number' ? answers.age : null
  if (age === null) return true
  const situation = answers.situation
  const diplome = answers.diplome
  if (situation === 'lyceen' && age > 19) return false
  if (situation === 'etudiant' && age < 17) return false
  if (age < 18 && (situation === 'salarie' || situation === 'service_civique')) return false
  if (diplome === 'bac_plus_3_et_plus' && age < 21) return false
  if (diplome === 'bac_plus_2' && age < 19) return false
  if (diplome === 'bac' && age < 17) return false
  if (situation === 'lyceen' && (diplome === 'bac' || diplome === 'bac_plus_2' || diplome === 'bac_plus_3_et_plus')) return false
  if (situation === 'lyceen' && answers.sortie_etudes) return false
  if (answers.logement_actuel === 'locataire' && age < 17) return false
  if (answers.enfants === 'oui' && age < 19) return false
  return true
}

function pickAnswer(question: Question, rule: EligibilityRule | undefined, random: Random): Answers[string] | undefined {
  const values = rule?.values?.length ? rule.values : null
  if (!values && !question.required && random.chance(0.12)) return undefined
  if (!values && question.allowUnknown && random.chance(0.08)) return question.type === 'multiple' ? [UNKNOWN_ANSWER] : UNKNOWN_ANSWER
  switch (question.type) {
    case 'number': {
      const low = Math.max(question.min ?? DEFAULT_AGE.min, rule?.min ?? DEFAULT_AGE.min)
      const high = Math.min(question.max ?? DEFAULT_AGE.max, rule?.max ?? DEFAULT_AGE.max)
      return random.int(low, Math.max(low, high))
    }
    case 'boolean':
      if (values) return random.pick(values)
      // Most young people answer « non » to handicap, children, already followed…
      return random.chance(question.key === 'permis' ? 0.45 : 0.2) ? 'oui' : 'non'
    case 'single': {
      const options = (question.options ?? []).map((option) => option.value)
      return random.pick(values ? options.filter((value) => values.includes(value)) : options)
    }
    case 'multiple': {
      const options = (question.options ?? []).map((option) => option.value)
      return [random.pick(values ? options.filter((value) => values.includes(value)) : options)]
    }
  }
}

/** One draw: the questions in order, each hidden question skipped, the rules' values preferred. */
function draw(questions: readonly Question[], rules: readonly EligibilityRule[], random: Random, preset: Answers): Answers {
  const answers: Answers = {}
  const shown = new Set<string>()
  for (const question of questions) {
    const visible = (question.conditions ?? []).every((condition) => shown.has(condition.questionKey) && conditionHolds(condition, answers))
    if (!visible) continue
    shown.add(question.key)
    const answer = Object.hasOwn(preset, question.key)
      ? preset[question.key]
      : pickAnswer(
          question,
          rules.find((rule) => rule.criterion === question.key),
          random,
        )
    if (answer !== undefined) answers[question.key] = answer
  }
  return answers
}

/**
 * Plausible answers to the questionnaire that are valid (as the intake checks them) and eligible for the
 * offer's rules, each rule actually met when possible rather than left unknown. `preset` forces some answers.
 */
export function answersFor(questions: readonly Question[], rules: readonly EligibilityRule[], random: Random, preset: Answers = {}): Answers {
  let fallback: Answers | null = null
  for (let attempt = 0; attempt < 300; attempt++) {
    const answers = draw(questions, rules, random, preset)
    const validation = validateAnswers(questions, answers)
    if (!validation.ok || !plausible(answers)) continue
    const evaluation = evaluateRules(rules, validation.answers, questions)
    if (!evaluation.eligible) continue
    if (evaluation.unknown.length === 0) return validation.answers
    fallback ??= validation.answers
  }
  if (fallback) return fallback
  throw new Error(`Impossible de produire des réponses éligibles (critères : ${rules.map((rule) => rule.criterion).join(', ') || 'aucun'}).`)
}
