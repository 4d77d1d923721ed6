import Link from 'next/link'
import type { ReactNode } from 'react'

import { encodeAnswers, type StoredAnswers } from '../../../../_lib/answersParam'

/**
 * The frame of a questionnaire page, one question or one step at a time: the way back, the progress (`progress`:
 * the stepper, then what comes before the form), one plain GET form to `action` carrying the answers given so far,
 * « Continuer », and the reminder that the answers are anonymous (no JavaScript needed).
 */
export function QuestionsFrame({
  back,
  progress,
  action,
  carried,
  children,
}: {
  back: { href: string; label: string }
  progress: ReactNode
  action: string
  carried: StoredAnswers
  children: ReactNode
}) {
  return (
    <div className="fr-container fr-pt-4w">
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-md-8">
          <p className="fr-mb-3w">
            <Link href={back.href} prefetch={false} className="fr-link fr-icon-arrow-left-line fr-link--icon-left">
              {back.label}
            </Link>
          </p>
          {progress}
          <form method="get" action={action} noValidate>
            {Object.keys(carried).length > 0 && <input type="hidden" name="r" value={encodeAnswers(carried)} />}
            {children}
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
