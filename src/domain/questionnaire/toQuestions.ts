import type { Question } from '@/domain/questionnaire/types'
import type { Questionnaire } from '@/payload-types'

type QuestionRow = NonNullable<Questionnaire['questions']>[number]

/** Maps the stored questionnaire rows to the evaluator's question tree. */
export function toQuestions(rows: QuestionRow[] | null | undefined): Question[] {
  return (rows ?? []).map((row) => ({
    key: row.key,
    label: row.label,
    shortLabel: row.shortLabel ?? undefined,
    type: row.type,
    options: row.type === 'single' || row.type === 'multiple' ? (row.options ?? []).map(({ value, label }) => ({ value, label })) : undefined,
    allowUnknown: Boolean(row.allowUnknown),
    required: row.required !== false,
    help: row.help ?? undefined,
    min: row.min ?? undefined,
    max: row.max ?? undefined,
    conditions: (row.conditions ?? []).map((condition) => ({
      questionKey: condition.questionKey ?? '',
      operator: condition.operator ?? 'in',
      values: condition.values ?? [],
    })),
    step: row.step ?? undefined,
  }))
}
