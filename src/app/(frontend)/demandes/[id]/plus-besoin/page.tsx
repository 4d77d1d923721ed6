import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'

import { RequestErased } from '@/components/RequestErased'

import { firstParam } from '../../../_lib/answersParam'
import { requestStatusPath } from '../../../_lib/paths'
import { loadSignedRequestStatus } from '../../../_lib/signedLead'
import { noLongerNeededAction } from '../actions'

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export const metadata: Metadata = {
  title: 'Terminer ta demande',
  description: 'Dis-nous que tu n’as plus besoin d’être recontacté(e) : ta demande est terminée et l’organisme prévenu.',
  robots: { index: false },
}

/**
 * « Je n'en ai plus besoin » asks before it acts (RGAA 11.12: an action that ends the request is confirmed): what
 * it does, then « Oui, terminer ma demande » (POST) or « Non, revenir à ma demande ». Without JavaScript too.
 */
export default async function NoLongerNeededPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams])
  const request = await loadSignedRequestStatus(id, firstParam(query.token))
  if (request.erased) return <RequestErased />
  const { summary, progress, token } = request
  const statusHref = requestStatusPath(summary.id, token)
  // Already closed or withdrawn: nothing to confirm, the request's page says where it stands.
  if (!progress.canClose) redirect(statusHref)
  return (
    <div className="fr-container fr-pt-6w">
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-md-8">
          <h1>Tu n’as plus besoin d’être recontacté(e) ?</h1>
          <p className="fr-text--lead">
            Ta demande {summary.reference} à <strong>{summary.partnerName}</strong> au sujet de « {summary.offerTitle} ».
          </p>
          <p>Si tu confirmes :</p>
          <ul>
            <li>ta demande est terminée ;</li>
            <li>l’organisme est prévenu qu’il n’a plus à te contacter ;</li>
            <li>tu pourras toujours faire une nouvelle demande plus tard.</li>
          </ul>
          <form action={noLongerNeededAction} className="fr-mt-4w">
            <input type="hidden" name="demande" value={summary.id} />
            <input type="hidden" name="token" value={token} />
            <ul className="fr-btns-group fr-btns-group--inline-md">
              <li>
                <button type="submit" className="fr-btn">
                  Oui, terminer ma demande
                </button>
              </li>
              <li>
                <Link href={statusHref} prefetch={false} className="fr-btn fr-btn--secondary">
                  Non, revenir à ma demande
                </Link>
              </li>
            </ul>
          </form>
        </div>
      </div>
    </div>
  )
}
