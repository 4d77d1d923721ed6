import type { Metadata } from 'next'
import Link from 'next/link'

import { RequestErased } from '@/components/RequestErased'
import { maskFrenchPhone } from '@/domain/contact/phone'
import { formatLongDate } from '@/domain/shared/frenchDates'
import { formatDays } from '@/domain/shared/frenchText'
import { erasureNotice, getSettings, statusPath } from '@/plugins/boussole/server'

import { firstParam } from '../../../_lib/answersParam'
import { payloadClient } from '../../../_lib/payload'
import { loadSignedLead, maskEmail } from '../../../_lib/signedLead'

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export const metadata: Metadata = {
  title: 'Ta demande est envoyée',
  description: 'Ta demande est bien enregistrée : voici qui va te recontacter, et avant quand.',
  robots: { index: false },
}

/** After the lead form: who will contact the young person, by when (Paris time), and how to withdraw. */
export default async function ConfirmationPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams])
  const token = firstParam(query.token)
  const lead = await loadSignedLead(id, token, 'withdraw')
  if (lead.status === 'erased') {
    return <RequestErased />
  }
  const { summary } = lead
  const withdrawHref = `/demandes/${summary.id}/retrait?token=${encodeURIComponent(lead.token)}`
  const payload = await payloadClient()
  const statusHref = statusPath(payload.secret, summary.id)
  const channels = [
    summary.contact.email ? `par e-mail (${maskEmail(summary.contact.email)})` : null,
    summary.contact.phone ? `par téléphone ou SMS (${maskFrenchPhone(summary.contact.phone)})` : null,
  ].filter(Boolean)
  return (
    <div className="fr-container fr-pt-6w">
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-md-8">
          <div className="fr-alert fr-alert--success fr-mb-4w">
            <h1 className="fr-alert__title">C’est envoyé : ta demande est bien enregistrée</h1>
            <p>
              Numéro de ta demande : <strong>{summary.reference}</strong>
            </p>
          </div>

          <h2 className="fr-h4">Qui va te contacter ?</h2>
          <p>
            Un ou une pro de <strong>{summary.partnerName}</strong>, au sujet de « {summary.offerTitle} ».
          </p>

          <h2 className="fr-h4">Avant quand ?</h2>
          <p>
            Au plus tard le <strong>{formatLongDate(summary.dueAt)}</strong> (sous {formatDays(summary.contactDelayDays)}), {channels.join(' ou ')}.
          </p>
          {summary.contact.email ? (
            <p>Tu vas aussi recevoir un e-mail qui récapitule ta demande, avec le lien de sa page.</p>
          ) : (
            <p>Tu vas aussi recevoir un SMS avec la référence de ta demande et le lien de sa page.</p>
          )}

          <h2 className="fr-h4">Suivre ta demande</h2>
          <p>
            Sur la page de ta demande, tu vois où elle en est, comment joindre l’organisme, et tu peux nous dire si tu n’en as plus besoin.{' '}
            <Link href={statusHref} prefetch={false}>
              Voir la page de ma demande
            </Link>
          </p>

          <h2 className="fr-h4">Et si personne ne te contacte ?</h2>
          <p>
            Si le délai est dépassé, l’équipe qui anime Boussole sur ton territoire est prévenue et relance l’organisme. Quelques jours après cette date, on te
            demandera aussi si tu as bien été contacté(e).
          </p>

          <h2 className="fr-h4">Tu as changé d’avis ?</h2>
          <p>
            Tu peux retirer ta demande à tout moment. {erasureNotice(getSettings(payload).retention)}{' '}
            <Link href="/donnees-personnelles" prefetch={false}>
              En savoir plus sur tes données
            </Link>
            .
          </p>
          <ul className="fr-btns-group fr-btns-group--inline-md fr-mt-4w">
            <li>
              <Link href="/" prefetch={false} className="fr-btn">
                Retour à l’accueil
              </Link>
            </li>
            <li>
              <Link href={withdrawHref} prefetch={false} className="fr-btn fr-btn--tertiary">
                Retirer ma demande
              </Link>
            </li>
          </ul>
        </div>
      </div>
    </div>
  )
}
