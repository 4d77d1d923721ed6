import type { Question } from '@/domain/questionnaire/types'

export interface QuestionNode {
  question: Question
  position: number
  /** Answers of the parent question that lead here (empty for a question always asked). */
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

/**
 * Which question leads to which: each conditional question hangs under the question its condition reads,
 * in the questionnaire's order. A condition on a later or unknown question makes an orphan (never shown).
 */
export function questionTree(questions: readonly Question[]): QuestionNode[] {
  const nodes = new Map<string, QuestionNode>()
  const roots: QuestionNode[] = []
  questions.forEach((question, index) => {
    const parent = question.condition ? nodes.get(question.condition.questionKey) : undefined
    const node: QuestionNode = {
      question,
      position: index + 1,
      when: question.condition?.values ?? [],
      children: [],
      orphan: Boolean(question.condition) && !parent,
    }
    nodes.set(question.key, node)
    if (parent) parent.children.push(node)
    else roots.push(node)
  })
  return roots
}
