import type { Question, QuestionCondition } from '@/domain/questionnaire/types'

export interface QuestionNode {
  question: Question
  position: number
  /** Its conditions in words, all to be met (empty for a question always asked). */
  when: string[]
  children: QuestionNode[]
  /** The condition names a question that is not asked before this one: the question is never shown. */
  orphan: boolean
}

/** Label of an answer value of a question (options, oui/non), else the raw value. */
export function answerLabel(question: Question | undefined, value: string): string {
  if (!question) return value
  if (question.type === 'boolean') return value === 'oui' ? 'Oui' : value === 'non' ? 'Non' : value
  return question.options?.find((option) => option.value === value)?.label ?? value
}

/** « « Situation » est « Étudiant » ou « Lycéen » », « … n’est pas « Étudiant » », « … n’est ni « Étudiant » ni « Lycéen » ». */
export function conditionText(condition: QuestionCondition, questions: readonly Question[]): string {
  const target = questions.find((question) => question.key === condition.questionKey)
  const name = `« ${target?.shortLabel || target?.label || condition.questionKey} »`
  const values = (condition.values ?? []).map((value) => `« ${answerLabel(target, value)} »`)
  if (condition.operator !== 'notIn') return `${name} est ${values.join(' ou ')}`
  return values.length > 1 ? `${name} n’est ni ${values.join(' ni ')}` : `${name} n’est pas ${values.join('')}`
}

/**
 * Which question leads to which: each conditional question hangs under the latest question its conditions
 * read, in the questionnaire's order. A condition on a later or unknown question makes an orphan (never shown).
 */
export function questionTree(questions: readonly Question[]): QuestionNode[] {
  const nodes = new Map<string, QuestionNode>()
  const roots: QuestionNode[] = []
  questions.forEach((question, index) => {
    const conditions = question.conditions ?? []
    const parents = conditions.map((condition) => nodes.get(condition.questionKey))
    const parent = parents.filter((candidate) => candidate !== undefined).sort((a, b) => b.position - a.position)[0]
    const node: QuestionNode = {
      question,
      position: index + 1,
      when: conditions.map((condition) => conditionText(condition, questions)),
      children: [],
      orphan: parents.some((candidate) => candidate === undefined),
    }
    nodes.set(question.key, node)
    if (parent) parent.children.push(node)
    else roots.push(node)
  })
  return roots
}
