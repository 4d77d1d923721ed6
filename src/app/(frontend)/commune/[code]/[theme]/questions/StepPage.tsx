import { QuestionField } from '@/components/QuestionField'
import { Stepper } from '@/components/Stepper'

import { focusOnArrival } from '../../../../_lib/focusOnArrival'
import { communePath, questionsPath } from '../../../../_lib/paths'
import type { PageResult } from '../../../../_lib/questionnairePage'
import { QuestionsFrame } from './QuestionsFrame'

type StepResult = Extract<PageResult, { kind: 'step' }>

/** The field of question `key` in a step's form (several questions on one page). */
export const answerField = (key: string) => `reponse.${key}`

/**
 * One step of a questionnaire with steps: its title as the page's heading, the DSFR stepper « Étape 1 sur 2 »,
 * every question of the step that applies, one plain GET form (no JavaScript needed).
 */
export function StepPage({ code, slug, where, page }: { code: string; slug: string; where: string; page: StepResult }) {
  const back = page.previousStep ? questionsPath(code, slug, page.all, undefined, page.previousStep) : communePath(code)
  const errorCount = Object.keys(page.errors).length
  const title = page.step.title || `Étape ${page.position}`
  const focus = focusOnArrival({ position: page.position, hasErrors: errorCount > 0 })
  const focused = { tabIndex: -1, autoFocus: true }
  return (
    <QuestionsFrame
      back={{ href: back, label: page.previousStep ? 'Étape précédente' : 'Retour aux thèmes' }}
      progress={
        <>
          <Stepper title={where} current={page.position} total={page.total} unit="Étape" nextTitle={page.nextTitle} />
          <h1 className="fr-h2" {...(focus === 'question' && focused)}>
            {title}
          </h1>
          {errorCount > 0 && (
            <div className="fr-alert fr-alert--error fr-alert--sm fr-mb-3w" role="alert" {...(focus === 'errors' && focused)}>
              <p>{errorCount > 1 ? `${errorCount} réponses sont à revoir ci-dessous.` : 'Une réponse est à revoir ci-dessous.'}</p>
            </div>
          )}
        </>
      }
      action={questionsPath(code, slug)}
      carried={page.carried}
    >
      {page.questions.map((question) => (
        <div key={question.key} className="fr-mb-3w">
          <input type="hidden" name="question" value={question.key} />
          <QuestionField
            question={question}
            current={page.current[question.key]}
            error={page.errors[question.key]}
            name={answerField(question.key)}
            heading="h2"
          />
        </div>
      ))}
    </QuestionsFrame>
  )
}
