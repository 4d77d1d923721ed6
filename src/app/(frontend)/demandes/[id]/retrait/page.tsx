import type { Metadata } from 'next'
import Link from 'next/link'

import { RequestErased } from '@/components/RequestErased'
import { ERASED_DATA, getSettings, KEPT_DATA, retentionSentence } from '@/plugins/boussole/server'

import { firstParam } from '../../../_lib/answersParam'
import { payloadClient } from '../../../_lib/payload'
import { loadSignedLead } from '../../../_lib/signedLead'
import { withdrawAction } from '../actions'

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export const metadata: Metadata = {
  title: 'Retirer ta demande',
  description: 'Retire ta demande de mise en relation : l’organisme est prévenu et tes données sont effacées.',
  robots: { index: false },
}

/** The withdrawal link (confirmation page and emails): explain, then confirm with a button (POST). */
export default async function WithdrawPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams])
  const lead = await loadSignedLead(id, firstParam(query.token), 'withdraw')
  if (lead.status === 'erased') {
    return <RequestErased title="Cette demande est déjà retirée" />
  }
  const { summary } = lead
  return (
    <div className="fr-container fr-pt-6w">
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-md-8">
          <h1>Retirer ta demande ?</h1>
          <p className="fr-text--lead">
            Ta demande {summary.reference} à <strong>{summary.partnerName}</strong> au sujet de « {summary.offerTitle} ».
          </p>
          <p>Si tu la retires :</p>
          <ul>
            <li>l’organisme est prévenu qu’il ne doit plus te contacter ;</li>
            <li>{ERASED_DATA} sont effacées tout de suite ;</li>
            <li>il ne reste, pour les statistiques du service et sans rien qui permette de te reconnaître, que {KEPT_DATA} ;</li>
            <li>tu pourras toujours faire une nouvelle demande plus tard.</li>
          </ul>
          <form action={withdrawAction} className="fr-mt-4w">
            <input type="hidden" name="demande" value={summary.id} />
            <input type="hidden" name="token" value={lead.token} />
            <ul className="fr-btns-group fr-btns-group--inline-md">
              <li>
                <button type="submit" className="fr-btn">
                  Oui, retirer ma demande
                </button>
              </li>
              <li>
                <Link
                  href={`/demandes/${summary.id}/confirmation?token=${encodeURIComponent(lead.token)}`}
                  prefetch={false}
                  className="fr-btn fr-btn--secondary"
                >
                  Non, garder ma demande
                </Link>
              </li>
            </ul>
          </form>
          <p className="fr-text--sm fr-mt-2w">{retentionSentence(getSettings(await payloadClient()).retention)}</p>
        </div>
      </div>
    </div>
  )
}
