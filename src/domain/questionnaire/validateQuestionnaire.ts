import { quote } from '../shared/frenchText'
import { allowedValues } from './allowedValues'
import { stepTitle } from './steps'
import { CONDITION_OPERATORS, KEY_PATTERN, QUESTION_TYPES, UNKNOWN_ANSWER, type Question, type QuestionnaireError } from './types'

type Check = (question: Question, index: number, questions: readonly Question[]) => QuestionnaireError[]

/** « question n°3 (« permis ») » — numbered from 1, key shown when usable. */
function questionRef(question: Question, index: number): string {
  const key = typeof question.key === 'string' ? question.key : ''
  return KEY_PATTERN.test(key) ? `question n°${index + 1} (${quote(key)})` : `question n°${index + 1}`
}

/** « La question n°3 (« permis ») ». */
const questionName = (question: Question, index: number): string => `La ${questionRef(question, index)}`

function makeError(question: Question, index: number, field: string, message: string): QuestionnaireError {
  return { index, key: typeof question.key === 'string' ? question.key : '', field, message }
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== ''

const isBound = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)

const checkKey: Check = (question, index, questions) => {
  const name = questionName(question, index)
  const key = question.key
  if (!isText(key)) {
    return [makeError(question, index, 'key', `${name} n'a pas de clé : indique une clé de critère, par exemple « age ».`)]
  }
  if (!KEY_PATTERN.test(key)) {
    return [
      makeError(
        question,
        index,
        'key',
        `${name} a une clé invalide (${quote(key)}) : une clé commence par une lettre minuscule et ne contient que des lettres minuscules sans accent, des chiffres et « _ ».`,
      ),
    ]
  }
  const firstIndex = questions.findIndex((other) => other.key === key)
  if (firstIndex < index) {
    return [makeError(question, index, 'key', `${name} reprend la clé ${quote(key)} de la question n°${firstIndex + 1} : chaque clé doit être unique.`)]
  }
  return []
}

const checkLabel: Check = (question, index) =>
  isText(question.label)
    ? []
    : [makeError(question, index, 'label', `${questionName(question, index)} n'a pas d'intitulé : écris la question telle qu'elle sera posée.`)]

const checkType: Check = (question, index) =>
  QUESTION_TYPES.includes(question.type)
    ? []
    : [
        makeError(
          question,
          index,
          'type',
          `${questionName(question, index)} a un type inconnu (${quote(String(question.type))}) : choisis entre choix unique, choix multiple, nombre ou oui/non.`,
        ),
      ]

const checkOptions: Check = (question, index) => {
  if (question.type !== 'single' && question.type !== 'multiple') return []
  const name = questionName(question, index)
  const options = Array.isArray(question.options) ? question.options : []
  const errors: QuestionnaireError[] = []
  if (options.length < 2) {
    errors.push(makeError(question, index, 'options', `${name} doit proposer au moins 2 réponses.`))
  }
  const ref = questionRef(question, index)
  const seen = new Set<string>()
  options.forEach((option, optionIndex) => {
    const field = `options.${optionIndex}`
    if (!isText(option?.value)) {
      errors.push(makeError(question, index, `${field}.value`, `La réponse n°${optionIndex + 1} de la ${ref} n'a pas de valeur.`))
      return
    }
    if (!isText(option.label)) {
      errors.push(makeError(question, index, `${field}.label`, `La réponse ${quote(option.value)} de la ${ref} n'a pas de libellé.`))
    }
    if (option.value === UNKNOWN_ANSWER) {
      errors.push(
        makeError(
          question,
          index,
          `${field}.value`,
          `${name} utilise la valeur réservée ${quote(UNKNOWN_ANSWER)} : pour proposer « Je ne sais pas / indifférent », active plutôt l'option prévue à cet effet.`,
        ),
      )
    } else if (seen.has(option.value)) {
      errors.push(makeError(question, index, `${field}.value`, `${name} propose deux fois la valeur ${quote(option.value)} : chaque réponse doit être unique.`))
    }
    seen.add(option.value)
  })
  return errors
}

const checkBounds: Check = (question, index) => {
  if (question.type !== 'number' || !isBound(question.min) || !isBound(question.max)) return []
  return question.min > question.max
    ? [makeError(question, index, 'min', `${questionName(question, index)} a un minimum (${question.min}) supérieur à son maximum (${question.max}).`)]
    : []
}

/** « La condition n°2 de la question n°3 (« permis ») », or « La condition de … » when it has only one. */
function conditionOwner(question: Question, index: number, conditionIndex: number): string {
  const count = question.conditions?.length ?? 0
  return count > 1 ? `La condition n°${conditionIndex + 1} de la ${questionRef(question, index)}` : `La condition de la ${questionRef(question, index)}`
}

const checkConditionTarget = (question: Question, index: number, conditionIndex: number, questions: readonly Question[]): QuestionnaireError[] => {
  const name = questionName(question, index)
  const condition = (question.conditions ?? [])[conditionIndex]
  const targetKey = condition?.questionKey
  const field = `conditions.${conditionIndex}.questionKey`
  if (!isText(targetKey)) {
    return [makeError(question, index, field, `${conditionOwner(question, index, conditionIndex)} ne désigne aucune question.`)]
  }
  const targetIndex = questions.findIndex((other) => other.key === targetKey)
  const rule = 'une condition ne peut porter que sur une question précédente.'
  if (targetIndex === -1) {
    return [makeError(question, index, field, `${name} dépend de ${quote(targetKey)}, qui n'existe pas dans le questionnaire.`)]
  }
  if (targetIndex === index) {
    return [makeError(question, index, field, `${name} dépend d'elle-même : ${rule}`)]
  }
  if (targetIndex > index) {
    return [makeError(question, index, field, `${name} dépend de ${quote(targetKey)}, qui vient après elle : ${rule}`)]
  }
  if (questions[targetIndex].type === 'number') {
    return [
      makeError(
        question,
        index,
        field,
        `${name} dépend de ${quote(targetKey)}, une question à réponse numérique : une condition ne peut porter que sur une question à choix ou oui/non.`,
      ),
    ]
  }
  return []
}

const checkConditionValues = (question: Question, index: number, conditionIndex: number, target: Question): QuestionnaireError[] => {
  const condition = (question.conditions ?? [])[conditionIndex]
  const owner = conditionOwner(question, index, conditionIndex)
  const errors: QuestionnaireError[] = []
  if (condition.operator != null && !CONDITION_OPERATORS.includes(condition.operator)) {
    errors.push(
      makeError(question, index, `conditions.${conditionIndex}.operator`, `${owner} a un opérateur inconnu : choisis « est l’une de » ou « n’est aucune de ».`),
    )
  }
  const field = `conditions.${conditionIndex}.values`
  const values = Array.isArray(condition.values) ? condition.values : []
  if (values.length === 0) {
    return [...errors, makeError(question, index, field, `${owner} ne précise aucune réponse attendue à ${quote(target.key)}.`)]
  }
  const allowed = allowedValues(target) ?? []
  const possible = allowed.map(quote).join(', ')
  return [
    ...errors,
    ...values
      .filter((value) => !allowed.includes(value))
      .map((value) =>
        makeError(
          question,
          index,
          field,
          `${owner} attend ${quote(String(value))}, qui n'est pas une réponse possible à ${quote(target.key)} (réponses possibles : ${possible}).`,
        ),
      ),
  ]
}

const checkConditions: Check = (question, index, questions) =>
  (question.conditions ?? []).flatMap((condition, conditionIndex) => {
    const targetErrors = checkConditionTarget(question, index, conditionIndex, questions)
    if (targetErrors.length > 0) return targetErrors
    const target = questions.find((other) => other.key === condition.questionKey) as Question
    return checkConditionValues(question, index, conditionIndex, target)
  })

/** With steps, the first question opens the first one (otherwise its questions would have no title). */
const checkSteps: Check = (question, index, questions) =>
  index === 0 && !stepTitle(question) && questions.some((other) => stepTitle(other))
    ? [
        makeError(
          question,
          index,
          'step',
          `${questionName(question, index)} n'ouvre aucune étape alors que le questionnaire en a : donne un titre d'étape à la première question (par exemple « Mon profil »).`,
        ),
      ]
    : []

const CHECKS: readonly Check[] = [checkKey, checkLabel, checkType, checkOptions, checkBounds, checkConditions, checkSteps]

/**
 * Structural validation of a questionnaire, as edited by an administrator.
 * Returns every problem found (empty array when the questionnaire is valid),
 * each message naming the question by number and key.
 */
export function validateQuestionnaire(questions: readonly Question[]): QuestionnaireError[] {
  return questions.flatMap((question, index) => CHECKS.flatMap((check) => check(question, index, questions)))
}
