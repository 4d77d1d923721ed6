import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'

import { BadRequest } from '@/components/BadRequest'
import { QuestionField } from '@/components/QuestionField'
import { Stepper } from '@/components/Stepper'
import { questionnaireSteps } from '@/domain/questionnaire/steps'
import type { Question } from '@/domain/questionnaire/types'
import { isMarkedBadRequest, withBadRequestMarker } from '@/security/badRequestMarker'

import { allParams, decodeAnswers, firstParam } from '../../../../_lib/answersParam'
import { focusOnArrival } from '../../../../_lib/focusOnArrival'
import { loadMatchContext } from '../../../../_lib/matchContext'
import { communePath, questionsPath, resultsPath } from '../../../../_lib/paths'
import { questionnairePage, type PageResult } from '../../../../_lib/questionnairePage'
import { questionnaireStep, type StepResult } from '../../../../_lib/questionnaireStep'
import { QuestionsFrame } from './QuestionsFrame'
import { answerField, StepPage } from './StepPage'

type SearchParams = Record<string, string | string[] | undefined>
type Props = { params: Promise<{ code: string; theme: string }>; searchParams: Promise<SearchParams> }

const UNREADABLE = { kind: 'invalid' as const, errors: [{ field: 'r', message: 'Les réponses enregistrées dans le lien sont illisibles.' }] }

/** A questionnaire with steps: one step per page (`question` repeated, `reponse.<clé>`, back links `etape`). */
function stepPage(questions: Question[], query: SearchParams): PageResult {
  const stored = decodeAnswers(query.r)
  if (stored === null) return UNREADABLE
  const keys = [...new Set(allParams(query.question))]
  const voir = firstParam(query.voir)
  const etape = Number(firstParam(query.etape))
  const stepOfKey = voir ? questionnaireSteps(questions).find((step) => step.questions.some((question) => question.key === voir)) : undefined
  return questionnairePage({
    questions,
    stored,
    answered: keys.length ? { keys, values: (key) => allParams(query[answerField(key)]) } : undefined,
    show: Number.isInteger(etape) && etape > 0 ? etape : stepOfKey ? stepOfKey.index + 1 : undefined,
  })
}

async function load({ params, searchParams }: Props) {
  const [{ code, theme }, query] = await Promise.all([params, searchParams])
  const context = await loadMatchContext(code, theme)
  if (questionnaireSteps(context.questions).length) return { context, step: stepPage(context.questions, query), query }
  const stored = decodeAnswers(query.r)
  const questionKey = firstParam(query.question)
  const step: StepResult | PageResult =
    stored === null
      ? UNREADABLE
      : questionnaireStep({
          questions: context.questions,
          stored,
          answered: questionKey ? { key: questionKey, values: allParams(query.reponse) } : undefined,
          show: firstParam(query.voir),
        })
  return { context, step, query }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { context, step } = await load(props)
  const where = `${context.theme.name} à ${context.commune.name}`
  if (step.kind !== 'question' && step.kind !== 'step') return { title: `Questions — ${where}`, robots: { index: false } }
  const failed = step.kind === 'step' ? Object.keys(step.errors).length > 0 : Boolean(step.error)
  const position =
    step.kind === 'step'
      ? `Étape ${step.position} sur ${step.total}${step.step.title ? ` : ${step.step.title}` : ''}`
      : `Question ${step.position} sur ${step.total}`
  return {
    title: `${failed ? 'Erreur : ' : ''}${position} — ${where}`,
    description: `Quelques questions rapides et anonymes pour trouver les services ${context.theme.name.toLowerCase()} qui te correspondent à ${context.commune.name}.`,
    robots: { index: false },
  }
}

/** One question per screen (one step per screen when the questionnaire has steps), plain HTML forms (GET): the answers so far travel in `r`, so a reload loses nothing. */
export default async function QuestionsPage(props: Props) {
  const { context, step, query } = await load(props)
  const { commune, theme } = context
  const code = commune.code
  const slug = theme.slug!
  const invalid = step.kind === 'invalid'
  if (invalid !== isMarkedBadRequest(query)) redirect(withBadRequestMarker(questionsPath(code, slug), query, invalid))

  if (step.kind === 'done') redirect(resultsPath(code, slug, step.answers))
  if (step.kind === 'invalid') {
    return (
      <BadRequest title="Tes réponses n’ont pas pu être lues" errors={step.errors}>
        <ul className="fr-btns-group fr-btns-group--inline-md">
          <li>
            <Link href={questionsPath(code, slug)} prefetch={false} className="fr-btn">
              Recommencer le questionnaire
            </Link>
          </li>
          <li>
            <Link href={communePath(code)} prefetch={false} className="fr-btn fr-btn--secondary">
              Choisir un autre thème
            </Link>
          </li>
        </ul>
      </BadRequest>
    )
  }

  if (step.kind === 'step') return <StepPage code={code} slug={slug} where={`${theme.name} à ${commune.name}`} page={step} />

  const back = step.previousKey ? questionsPath(code, slug, step.all, step.previousKey) : communePath(code)
  return (
    <QuestionsFrame
      back={{ href: back, label: step.previousKey ? 'Question précédente' : 'Retour aux thèmes' }}
      progress={<Stepper title={`${theme.name} à ${commune.name}`} current={step.position} total={step.total} />}
      action={questionsPath(code, slug)}
      carried={step.carried}
    >
      <input type="hidden" name="question" value={step.question.key} />
      <QuestionField
        question={step.question}
        current={step.current}
        error={step.error}
        name="reponse"
        focused={focusOnArrival({ position: step.position, hasErrors: Boolean(step.error) }) !== null}
      />
    </QuestionsFrame>
  )
}
