import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'

import { BadRequest } from '@/components/BadRequest'
import { QuestionField } from '@/components/QuestionField'
import { Stepper } from '@/components/Stepper'
import { isMarkedBadRequest, withBadRequestMarker } from '@/security/badRequestMarker'

import { allParams, decodeAnswers, encodeAnswers, firstParam } from '../../../../_lib/answersParam'
import { loadMatchContext } from '../../../../_lib/matchContext'
import { communePath, questionsPath, resultsPath } from '../../../../_lib/paths'
import { questionnaireStep, type StepResult } from '../../../../_lib/questionnaireStep'

type SearchParams = Record<string, string | string[] | undefined>
type Props = { params: Promise<{ code: string; theme: string }>; searchParams: Promise<SearchParams> }

async function load({ params, searchParams }: Props) {
  const [{ code, theme }, query] = await Promise.all([params, searchParams])
  const context = await loadMatchContext(code, theme)
  const stored = decodeAnswers(query.r)
  const questionKey = firstParam(query.question)
  const step: StepResult =
    stored === null
      ? { kind: 'invalid', errors: [{ field: 'r', message: 'Les réponses enregistrées dans le lien sont illisibles.' }] }
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
  if (step.kind !== 'question') return { title: `Questions — ${where}`, robots: { index: false } }
  return {
    title: `${step.error ? 'Erreur : ' : ''}Question ${step.position} sur ${step.total} — ${where}`,
    description: `Quelques questions rapides et anonymes pour trouver les services ${context.theme.name.toLowerCase()} qui te correspondent à ${context.commune.name}.`,
    robots: { index: false },
  }
}

/** One question per screen, plain HTML forms (GET): the answers so far travel in `r`, so a reload loses nothing. */
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

  const back = step.previousKey ? questionsPath(code, slug, step.all, step.previousKey) : communePath(code)
  return (
    <div className="fr-container fr-pt-4w">
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-md-8">
          <p className="fr-mb-3w">
            <Link href={back} prefetch={false} className="fr-link fr-icon-arrow-left-line fr-link--icon-left">
              {step.previousKey ? 'Question précédente' : 'Retour aux thèmes'}
            </Link>
          </p>
          <Stepper title={`${theme.name} à ${commune.name}`} current={step.position} total={step.total} />
          <form method="get" action={questionsPath(code, slug)} noValidate>
            {Object.keys(step.carried).length > 0 && <input type="hidden" name="r" value={encodeAnswers(step.carried)} />}
            <input type="hidden" name="question" value={step.question.key} />
            <QuestionField question={step.question} current={step.current} error={step.error} name="reponse" />
            <button type="submit" className="fr-btn fr-icon-arrow-right-line fr-btn--icon-right fr-mt-2w">
              Continuer
            </button>
          </form>
          <p className="fr-text--sm fr-mt-4w fr-text-mention--grey">
            Tes réponses sont anonymes : aucun organisme ne les voit tant que tu ne demandes pas à être recontacté(e).
          </p>
        </div>
      </div>
    </div>
  )
}
