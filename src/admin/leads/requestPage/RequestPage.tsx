import { Gutter } from '@payloadcms/ui'
import type { DocumentViewServerProps } from 'payload'
import React from 'react'

import { activeUser } from '@/domain/accounts/roles'
import { LEAD_OUTCOMES } from '@/domain/leads/leadStatus'
import { idOf } from '@/domain/shared/ids'
import type { Lead } from '@/payload-types'
import { now as currentTime } from '@/plugins/boussole/server'
import { verifiedMessage } from '@/security/signedMessage'

import { MoveLeadSection } from '../move/MoveLeadSection'
import { LEAD_ACTION_DONE, type LeadIntent } from './leadActions'
import { loadRequestView, type RequestView } from './loadRequestView'
import { mayUpdateLead } from './mayUpdateLead'
import { RequestActions } from './RequestActions'
import { LEAD_ERROR_PARAM, requestPagePath } from './requestPagePath'

import './requestPage.css'

const LEAD_STATUS_WORDS: Record<RequestView['status'], string> = { nouvelle: 'Nouvelle', en_cours: 'En cours', cloturee: 'Clôturée' }

const single = (value: unknown) => (Array.isArray(value) ? value[0] : value) as string | undefined

/** An action's result: a fixed code for a success, a refusal only as the server signed it for this page (never any text from a link). */
function Outcome({ searchParams, error }: { searchParams: DocumentViewServerProps['searchParams']; error: string | null }) {
  const done = single(searchParams?.fait) as LeadIntent | undefined
  if (error)
    return (
      <p id="resultat" role="alert" className="brp-message brp-message--error">
        {error}
      </p>
    )
  if (done && Object.hasOwn(LEAD_ACTION_DONE, done))
    return (
      <p id="resultat" role="status" className="brp-message brp-message--ok">
        {LEAD_ACTION_DONE[done]}
      </p>
    )
  return null
}

function Who({ view }: { view: RequestView }) {
  return (
    <section className="brp-section" aria-labelledby="brp-who">
      <h2 id="brp-who">Qui</h2>
      {view.erasedOn ? (
        <p>
          Les données personnelles du ou de la jeune ont été effacées le {view.erasedOn}
          {view.erasedBecause ? ` (${view.erasedBecause})` : ''}.
        </p>
      ) : (
        <ul className="brp-contact">
          {view.contact.phone ? (
            <li>
              Téléphone : <a href={`tel:${view.contact.phone.replace(/\s/g, '')}`}>{view.contact.phone}</a>
            </li>
          ) : null}
          {view.contact.email ? (
            <li>
              Courriel : <a href={`mailto:${view.contact.email}`}>{view.contact.email}</a>
            </li>
          ) : null}
        </ul>
      )}
      {view.preferences && !view.erasedOn ? <p>{view.preferences}</p> : null}
      {view.ageBand ? <p>Âge : {view.ageBand}</p> : null}
    </section>
  )
}

function What({ view, adminRoute }: { view: RequestView; adminRoute: string }) {
  return (
    <section className="brp-section" aria-labelledby="brp-what">
      <h2 id="brp-what">Quoi</h2>
      <dl className="brp-facts">
        <dt>Offre</dt>
        <dd>{view.offer ? <a href={`${adminRoute}/collections/offers/${view.offer.id}`}>{view.offer.title}</a> : '—'}</dd>
        <dt>Organisme</dt>
        <dd>{view.partnerName}</dd>
        <dt>Thème</dt>
        <dd>{view.theme}</dd>
        <dt>Commune</dt>
        <dd>{view.commune}</dd>
      </dl>
      <h3>Sa situation</h3>
      {view.erasedOn ? (
        <p>Les réponses au questionnaire ont été effacées le {view.erasedOn}.</p>
      ) : view.profile.length ? (
        <ul className="brp-profile">
          {view.profile.map((row, index) => (
            <li key={index}>
              <span className="brp-muted">{row.question}</span> <strong>{row.answer}</strong>
            </li>
          ))}
        </ul>
      ) : (
        <p>Le ou la jeune n’a pas répondu au questionnaire.</p>
      )}
    </section>
  )
}

function When({ view }: { view: RequestView }) {
  return (
    <section className="brp-section" aria-labelledby="brp-when">
      <h2 id="brp-when">Pour quand</h2>
      <dl className="brp-facts">
        <dt>Reçue le</dt>
        <dd>{view.receivedOn}</dd>
        <dt>À recontacter avant le</dt>
        <dd>
          {view.dueOn ?? '—'}
          {view.delayDays ? ` (délai promis : ${view.delayDays} jour${view.delayDays > 1 ? 's' : ''})` : ''}
        </dd>
        {view.due ? (
          <>
            <dt>Urgence</dt>
            <dd className={view.due.late ? 'brp-late' : undefined}>{view.due.text}</dd>
          </>
        ) : null}
        {view.takenOn ? (
          <>
            <dt>Prise en charge le</dt>
            <dd>{view.takenOn}</dd>
          </>
        ) : null}
        {view.closedOn ? (
          <>
            <dt>Clôturée le</dt>
            <dd>
              {view.closedOn}
              {view.outcome ? ` — ${view.outcome}` : ''}
              {view.closingComment ? (
                <span className="brp-comment">
                  {' '}
                  <q>{view.closingComment}</q>
                </span>
              ) : null}
            </dd>
          </>
        ) : null}
        <dt>Suivie par</dt>
        <dd>{view.assignee?.name ?? 'Personne pour l’instant'}</dd>
      </dl>
    </section>
  )
}

function History({ view }: { view: RequestView }) {
  return (
    <section className="brp-section" aria-labelledby="brp-history">
      <h2 id="brp-history">Ce qui s’est passé</h2>
      {view.history.length ? (
        <ol className="brp-timeline">
          {view.history.map((item) => (
            <li key={item.key}>
              <time dateTime={item.at}>{item.when}</time> — <strong>{item.what}</strong> <span className="brp-muted">par {item.who}</span>
              {item.note ? <div>{item.note}</div> : null}
            </li>
          ))}
        </ol>
      ) : (
        <p>Rien pour l’instant.</p>
      )}
    </section>
  )
}

/**
 * The lead's page in the back office (replaces Payload's edit form): the request as a readable document —
 * who, what, by when, what happened — and the actions, for the organisation and the territory's staff.
 * Payload has already read the lead with the person's access (refused or unknown → back to the list).
 */
export async function RequestPage(props: DocumentViewServerProps) {
  const { req } = props.initPageResult
  const { payload } = req
  const user = activeUser(req.user)
  const doc = props.doc as Lead | undefined
  if (!user || !doc?.id) return null
  const actor = { ...user, collection: 'users' as const }
  const now = currentTime(payload)
  const [view, mayAct] = await Promise.all([loadRequestView(payload, doc, now, LEAD_OUTCOMES), mayUpdateLead(payload, actor, doc.id)])
  const isMember = user.role === 'partner' && idOf(user.partner) === idOf(doc.partner)

  // Payload's template has no <main>: this view's content is the page's main landmark (`#contenu`).
  return (
    <main id="contenu" className="boussole-admin-main">
      <Gutter className="brp">
        <p className="brp-status">
          <span className={`brp-pill brp-pill--${view.status}`}>{LEAD_STATUS_WORDS[view.status]}</span>
          {view.due ? <span className={view.due.late ? 'brp-late' : undefined}> {view.due.text}</span> : null}
        </p>
        <Outcome searchParams={props.searchParams} error={verifiedMessage(payload.secret, requestPagePath(doc.id), LEAD_ERROR_PARAM, props.searchParams)} />
        <div className="brp-layout">
          <div className="brp-main">
            <Who view={view} />
            <What view={view} adminRoute={payload.config.routes.admin} />
            <When view={view} />
            <History view={view} />
          </div>
          <aside className="brp-side" aria-labelledby="brp-act">
            <h2 id="brp-act">Actions</h2>
            {mayAct ? (
              <RequestActions view={view} userId={user.id} isMember={isMember} />
            ) : (
              <p className="brp-muted">Vous pouvez consulter cette demande, mais pas la modifier.</p>
            )}
            <MoveLeadSection leadId={doc.id} payload={payload} user={actor} searchParams={props.searchParams} />
          </aside>
        </div>
      </Gutter>
    </main>
  )
}
