import { answerChoices } from '@/domain/questionnaire/answerChoices'
import { UNKNOWN_ANSWER, UNKNOWN_ANSWER_LABEL, type Question } from '@/domain/questionnaire/types'

interface Props {
  question: Question
  /** Raw value(s) to pre-fill. */
  current: unknown
  error?: string
  /** Name of the field the form sends (the question's key travels in a hidden field). */
  name: string
  /** The question is the page's heading (one question per page), or one of a step's questions under its title. */
  heading?: 'h1' | 'h2'
  /** The keyboard focus lands on this question when the page arrives (see `focusOnArrival`). */
  focused?: boolean
}

const asList = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : value === undefined || value === null ? [] : [String(value)])

/**
 * One question as plain DSFR form controls: radio buttons, checkboxes or a number field, the question itself as
 * the page's heading (legend), its help as a hint, and the error (if any) tied to the controls.
 */
export function QuestionField({ question, current, error, name, heading = 'h1', focused = false }: Props) {
  const Heading = heading
  const id = `q-${question.key}`
  const legendId = `${id}-legend`
  const messagesId = `${id}-messages`
  const chosen = asList(current)
  const withUnknown = answerChoices(question)
  const hint = question.help || (question.type === 'multiple' ? 'Tu peux cocher plusieurs réponses.' : null)

  return (
    <fieldset
      className={`fr-fieldset${error ? ' fr-fieldset--error' : ''}`}
      id={id}
      aria-labelledby={`${legendId}${error ? ` ${messagesId}` : ''}`}
      {...(focused && { tabIndex: -1, autoFocus: true })}
    >
      <legend className="fr-fieldset__legend" id={legendId}>
        <Heading className={`${heading === 'h1' ? 'fr-h3' : 'fr-h5'} fr-mb-1w`}>{question.label}</Heading>
        {hint && <span className="fr-hint-text fr-text--md">{hint}</span>}
        {!question.required && <span className="fr-hint-text">Question facultative : tu peux passer à la suite.</span>}
      </legend>

      {question.type === 'number' ? (
        <NumberControl question={question} name={name} chosen={chosen} error={error} messagesId={messagesId} />
      ) : (
        withUnknown.map((option, index) => {
          const inputId = `${id}-${index}`
          const type = question.type === 'multiple' ? 'checkbox' : 'radio'
          return (
            <div className="fr-fieldset__element" key={option.value}>
              <div className={type === 'checkbox' ? 'fr-checkbox-group' : 'fr-radio-group'}>
                <input
                  type={type}
                  id={inputId}
                  name={name}
                  value={option.value}
                  defaultChecked={chosen.includes(option.value)}
                  aria-describedby={error ? messagesId : undefined}
                />
                <label className="fr-label" htmlFor={inputId}>
                  {option.label}
                </label>
              </div>
            </div>
          )
        })
      )}

      <div className="fr-messages-group" id={messagesId} aria-live="polite">
        {error && <p className="fr-message fr-message--error">{error}</p>}
      </div>
    </fieldset>
  )
}

function NumberControl({
  question,
  name,
  chosen,
  error,
  messagesId,
}: {
  question: Question
  name: string
  chosen: string[]
  error?: string
  messagesId: string
}) {
  const id = `q-${question.key}-input`
  const hintId = `${id}-hint`
  const bounds =
    typeof question.min === 'number' && typeof question.max === 'number'
      ? `Un nombre entre ${question.min} et ${question.max}.`
      : typeof question.min === 'number'
        ? `Un nombre, au moins ${question.min}.`
        : typeof question.max === 'number'
          ? `Un nombre, au plus ${question.max}.`
          : 'Un nombre.'
  const number = chosen.find((value) => value !== UNKNOWN_ANSWER) ?? ''
  return (
    <>
      <div className="fr-fieldset__element">
        <div className={`fr-input-group${error ? ' fr-input-group--error' : ''}`}>
          <label className="fr-label" htmlFor={id}>
            {question.key === 'age' ? 'Ton âge (en années)' : question.shortLabel || 'Ta réponse'}
            <span className="fr-hint-text" id={hintId}>
              {bounds}
            </span>
          </label>
          <input
            className={`fr-input boussole-input--number${error ? ' fr-input--error' : ''}`}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            id={id}
            name={name}
            defaultValue={number}
            aria-describedby={error ? `${hintId} ${messagesId}` : hintId}
            aria-invalid={error ? true : undefined}
          />
        </div>
      </div>
      {question.allowUnknown && (
        <div className="fr-fieldset__element">
          <div className="fr-checkbox-group">
            <input type="checkbox" id={`${id}-unknown`} name={name} value={UNKNOWN_ANSWER} defaultChecked={chosen.includes(UNKNOWN_ANSWER)} />
            <label className="fr-label" htmlFor={`${id}-unknown`}>
              {UNKNOWN_ANSWER_LABEL}
            </label>
          </div>
        </div>
      )}
    </>
  )
}
