import type { DocumentViewServerProps } from 'payload'

import { toQuestions } from '@/domain/questionnaire/toQuestions'
import type { Question } from '@/domain/questionnaire/types'
import type { Questionnaire } from '@/payload-types'

import '../workflows.css'
import { QuestionPreview } from './QuestionPreview'
import { conditionText, questionTree, type QuestionNode } from './questionTree'

const TYPE_LABELS: Record<string, string> = { single: 'choix unique', multiple: 'choix multiple', number: 'nombre', boolean: 'oui / non' }
const single = (value: unknown) => (Array.isArray(value) ? value[0] : value) as string | undefined

/**
 * « Arbre et aperçu » tab of a questionnaire: which question leads to which (conditions), and each question
 * previewed as a young person sees it. Reflects the saved version.
 */
export function QuestionTreeView(props: DocumentViewServerProps) {
  const doc = props.doc as Partial<Questionnaire> | undefined
  const questions = toQuestions(doc?.questions)
  const byKey = new Map(questions.map((question) => [question.key, question]))
  const selected = byKey.get(single(props.searchParams?.question) ?? '') ?? questions[0]
  const base = `/admin/collections/questionnaires/${doc?.id}/arbre`

  const renderNode = (node: QuestionNode) => {
    const orphanKeys = (node.question.conditions ?? [])
      .map((condition) => condition.questionKey)
      .filter((key) => !byKey.has(key) || questions.findIndex((question) => question.key === key) >= node.position - 1)
    return (
      <li key={node.question.key}>
        {node.question.step ? <strong className="bw-muted">Étape « {node.question.step} » · </strong> : null}
        {node.when.length ? <span className="bw-muted">si {node.when.join(' et ')} → </span> : null}
        <a href={`${base}?question=${encodeURIComponent(node.question.key)}`} aria-current={node.question.key === selected?.key ? 'true' : undefined}>
          {node.position}. {node.question.label}
        </a>{' '}
        <span className="bw-tag">{node.question.key}</span>
        <span className="bw-muted">{TYPE_LABELS[node.question.type] ?? node.question.type}</span>
        {node.orphan ? (
          <span className="bw-message bw-message--error" style={{ marginLeft: '0.5em' }}>
            condition sur « {orphanKeys.join(' », « ')} », qui n’est pas posée avant : jamais affichée
          </span>
        ) : null}
        {node.children.length ? <ul>{node.children.map(renderNode)}</ul> : null}
      </li>
    )
  }

  return (
    <div className="bw-page" style={{ padding: 'var(--base) var(--gutter-h, calc(var(--base) * 2))' }}>
      <h2>Arbre des questions</h2>
      <p className="bw-lead">
        Une question sous une autre n’est posée que pour les réponses indiquées. Cliquez une question pour la voir comme un jeune. L’aperçu reflète la dernière
        version enregistrée.
      </p>
      {questions.length ? (
        <div className="bw-grid">
          <div className="bw-card">
            <ul className="bw-tree" data-testid="question-tree">
              {questionTree(questions).map(renderNode)}
            </ul>
          </div>
          <div>
            <h3>Voir comme un jeune</h3>
            {selected ? <QuestionPreview question={selected} step={questions.indexOf(selected) + 1} total={questions.length} /> : null}
            <Followers question={selected} questions={questions} />
          </div>
        </div>
      ) : (
        <p>Ce questionnaire n’a pas encore de question.</p>
      )}
    </div>
  )
}

/** What each answer of the previewed question opens. */
function Followers({ question, questions }: { question?: Question; questions: Question[] }) {
  if (!question) return null
  const next = questions.filter((candidate) => (candidate.conditions ?? []).some((condition) => condition.questionKey === question.key))
  if (!next.length) return <p className="bw-muted">Aucune question ne dépend de celle-ci.</p>
  return (
    <div style={{ marginTop: 'var(--base)' }}>
      <h4>Selon la réponse</h4>
      <ul>
        {next.map((candidate) => (
          <li key={candidate.key}>
            si {(candidate.conditions ?? []).map((condition) => conditionText(condition, questions)).join(' et ')} → {candidate.label}
          </li>
        ))}
      </ul>
    </div>
  )
}
