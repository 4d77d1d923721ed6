import React from 'react'

import { LEAD_OUTCOMES } from '@/domain/leads/leadStatus'

import { leadFormAction } from './actions'
import type { RequestView } from './loadRequestView'

interface Props {
  view: RequestView
  userId: number
  /** the signed-in person is a member of the lead's organisation (may take it for themselves) */
  isMember: boolean
}

function Intent({ leadId, intent }: { leadId: number; intent: string }) {
  return (
    <>
      <input type="hidden" name="leadId" value={leadId} />
      <input type="hidden" name="intent" value={intent} />
    </>
  )
}

/** The request's actions: plain forms posting to a server action, so that each works without JavaScript. */
export function RequestActions({ view, userId, isMember }: Props) {
  const open = view.status !== 'cloturee'
  return (
    <div className="brp-actions">
      {view.status === 'nouvelle' ? (
        <form action={leadFormAction} className="brp-form">
          <Intent leadId={view.id} intent="take" />
          <button type="submit" className="brp-button brp-button--primary">
            Prendre en charge
          </button>
        </form>
      ) : null}

      {open ? (
        <form action={leadFormAction} className="brp-form" aria-labelledby="brp-assign-title">
          <h3 id="brp-assign-title">Attribuer à un membre de l’organisme</h3>
          <Intent leadId={view.id} intent="assign" />
          <div className="brp-field">
            <label htmlFor="brp-assignee">Suivie par</label>
            <select id="brp-assignee" name="assignee" defaultValue={view.assignee ? String(view.assignee.id) : ''}>
              <option value="">— Personne —</option>
              {view.members.map((member) => (
                <option key={member.id} value={member.id}>
                  {member.name}
                  {member.id === userId ? ' (moi)' : ''}
                  {member.absentNow ? ' — absent(e)' : ''}
                </option>
              ))}
            </select>
          </div>
          <div className="brp-buttons">
            <button type="submit" className="brp-button">
              Attribuer
            </button>
            {isMember && view.assignee?.id !== userId ? (
              <button type="submit" name="assignSelf" value={userId} className="brp-button">
                Me l’attribuer
              </button>
            ) : null}
          </div>
        </form>
      ) : null}

      {open ? (
        <form action={leadFormAction} className="brp-form" aria-labelledby="brp-close-title">
          <h3 id="brp-close-title">Clôturer la demande</h3>
          <Intent leadId={view.id} intent="close" />
          <div className="brp-field">
            <label htmlFor="brp-outcome">Suite donnée (obligatoire)</label>
            <select id="brp-outcome" name="outcome" required defaultValue="">
              <option value="">— Choisir —</option>
              {LEAD_OUTCOMES.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
          <div className="brp-field">
            <label htmlFor="brp-comment">Commentaire (obligatoire)</label>
            <textarea id="brp-comment" name="comment" rows={3} maxLength={2000} required />
          </div>
          <button type="submit" className="brp-button brp-button--primary">
            Clôturer
          </button>
        </form>
      ) : null}

      {view.status === 'en_cours' ? (
        <form action={leadFormAction} className="brp-form">
          <Intent leadId={view.id} intent="reopen" />
          <button type="submit" className="brp-button">
            Remettre en nouvelle
          </button>
        </form>
      ) : null}
      {view.status === 'cloturee' ? (
        <form action={leadFormAction} className="brp-form">
          <Intent leadId={view.id} intent="take" />
          <p className="brp-muted">Demande clôturée. Vous pouvez la rouvrir si le suivi continue.</p>
          <button type="submit" className="brp-button">
            Rouvrir (en cours)
          </button>
        </form>
      ) : null}
    </div>
  )
}
