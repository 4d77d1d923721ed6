import type { Metadata } from 'next'
import Link from 'next/link'

import { FOLLOW_UP_CORRECTION_DAYS, followUpCorrectable, followUpCorrectableUntil, type FollowUpAnswer } from '@/domain/leads/followUpAnswer'
import { formatLongDate } from '@/domain/shared/frenchDates'
import { ERASED_DONE, followUpAsked, now } from '@/plugins/boussole/server'

import { firstParam } from '../../../_lib/answersParam'
import { payloadClient } from '../../../_lib/payload'
import { loadSignedLead } from '../../../_lib/signedLead'
import { answerFollowUpAction } from '../actions'

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export const metadata: Metadata = {
  title: 'As-tu été contacté(e) ?',
  description: 'Dis-nous si un ou une pro t’a bien contacté(e) après ta demande sur Boussole.',
  robots: { index: false },
}

const ANSWER_LABELS: Record<FollowUpAnswer, string> = { oui: 'Oui, on m’a contacté(e)', non: 'Non, personne ne m’a contacté(e)' }

/**
 * The follow-up email's link (and the SMS's short link, `/r/…`). The answer is recorded by a button (POST), not by opening the link: mail
 * scanners and link previews open links on their own, and must not answer in the young person's place. Once answered, the page
 * shows the answer and, for 7 days, the button that corrects it (RGAA 11.12).
 */
export default async function FollowUpPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams])
  const token = firstParam(query.token)
  const lead = await loadSignedLead(id, token, 'follow-up')
  if (lead.status === 'erased') {
    return (
      <div className="fr-container fr-pt-6w">
        <h1>Cette demande a été retirée</h1>
        <p>{ERASED_DONE}</p>
        <p>Il n’y a plus rien à répondre. Merci quand même !</p>
        <Link href="/" prefetch={false} className="fr-btn">
          Retour à l’accueil
        </Link>
      </div>
    )
  }
  const { summary } = lead
  const button = (answer: FollowUpAnswer, label: string, secondary = false) => (
    <form action={answerFollowUpAction}>
      <input type="hidden" name="demande" value={summary.id} />
      <input type="hidden" name="token" value={lead.token} />
      <input type="hidden" name="reponse" value={answer} />
      <button type="submit" className={`fr-btn${secondary ? ' fr-btn--secondary' : ''}`}>
        {label}
      </button>
    </form>
  )
  const recorded = lead.followUp.answer
  if (lead.followUp.answeredAt && recorded) {
    const correctable = followUpCorrectable(lead.followUp, now(await payloadClient()))
    const other: FollowUpAnswer = recorded === 'oui' ? 'non' : 'oui'
    return (
      <div className="fr-container fr-pt-6w">
        <h1>Tu as déjà répondu, merci !</h1>
        <p>
          Ta réponse au sujet de ta demande {summary.reference} est bien enregistrée : « {ANSWER_LABELS[recorded]} ».
        </p>
        {correctable ? (
          <>
            <p>Tu t’es trompé(e) ? Tu peux corriger ta réponse jusqu’au {formatLongDate(followUpCorrectableUntil(lead.followUp)!)}.</p>
            <ul className="fr-btns-group fr-btns-group--inline-md">
              <li>{button(other, `Corriger : ${ANSWER_LABELS[other].charAt(0).toLowerCase()}${ANSWER_LABELS[other].slice(1)}`)}</li>
              <li>
                <Link href="/" prefetch={false} className="fr-btn fr-btn--secondary">
                  Retour à l’accueil
                </Link>
              </li>
            </ul>
          </>
        ) : (
          <>
            <p>Elle ne peut plus être corrigée : le délai de {FOLLOW_UP_CORRECTION_DAYS} jours après ta réponse est passé.</p>
            <Link href="/" prefetch={false} className="fr-btn">
              Retour à l’accueil
            </Link>
          </>
        )}
      </div>
    )
  }
  if (!(await followUpAsked(await payloadClient(), summary.id))) {
    return (
      <div className="fr-container fr-pt-6w">
        <h1>Cette question ne t’a pas encore été posée</h1>
        <p>
          Nous te demanderons par {summary.contact.email ? 'courriel' : 'SMS'} si tu as été contacté(e) quelques jours après la date promise pour ta demande{' '}
          {summary.reference}. Ta réponse ne peut pas être enregistrée avant.
        </p>
        <Link href="/" prefetch={false} className="fr-btn">
          Retour à l’accueil
        </Link>
      </div>
    )
  }
  const suggested = firstParam(query.reponse) === 'non' ? 'non' : firstParam(query.reponse) === 'oui' ? 'oui' : null
  const choice = (answer: FollowUpAnswer) => button(answer, ANSWER_LABELS[answer], suggested !== null && suggested !== answer)
  return (
    <div className="fr-container fr-pt-6w">
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-md-8">
          <h1>As-tu été contacté(e) ?</h1>
          <p className="fr-text--lead">
            Tu as demandé à être recontacté(e) par <strong>{summary.partnerName}</strong> au sujet de « {summary.offerTitle} » (demande {summary.reference}).
            Est-ce qu’un ou une pro t’a contacté(e) ?
          </p>
          <ul className="fr-btns-group fr-btns-group--inline-md">
            <li>{choice('oui')}</li>
            <li>{choice('non')}</li>
          </ul>
          <p className="fr-text--sm fr-mt-2w">Ta réponse aide l’équipe Boussole de ton territoire à vérifier que les organismes tiennent leur promesse.</p>
        </div>
      </div>
    </div>
  )
}
