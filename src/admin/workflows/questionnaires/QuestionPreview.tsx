import { answerChoices } from '@/domain/questionnaire/answerChoices'
import type { Question } from '@/domain/questionnaire/types'

/** A question as the young person sees it (inert controls): the question, its help, the answers offered. */
export function QuestionPreview({ question, step, total }: { question: Question; step: number; total: number }) {
  const id = `preview-${question.key}`
  const choices = answerChoices(question)
  return (
    <div className="bw-preview" data-testid={`preview-${question.key}`}>
      <p className="bw-muted">
        Étape {step} sur {total} au plus{question.required === false ? ' · facultative' : ''}
      </p>
      <fieldset disabled>
        <legend id={`${id}-legend`}>{question.label}</legend>
        {question.help ? <p className="bw-muted">{question.help}</p> : null}
        {question.type === 'number' ? (
          <label className="bw-choice">
            <input
              type="number"
              min={question.min ?? undefined}
              max={question.max ?? undefined}
              aria-labelledby={`${id}-legend`}
              style={{ maxWidth: '8rem' }}
            />
            {question.min != null || question.max != null ? (
              <span className="bw-muted">
                entre {question.min ?? '…'} et {question.max ?? '…'}
              </span>
            ) : null}
          </label>
        ) : (
          choices.map((choice) => (
            <label key={choice.value} className="bw-choice">
              <input type={question.type === 'multiple' ? 'checkbox' : 'radio'} name={id} value={choice.value} />
              {choice.label}
            </label>
          ))
        )}
      </fieldset>
    </div>
  )
}
