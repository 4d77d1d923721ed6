'use client'

import { Button, toast, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useId, useState } from 'react'

import './inboxFilter.css'

export interface InboxLead {
  id: number
  reference: string
  offer: string
  commune: string
  theme: string
  status: 'nouvelle' | 'en_cours'
  group: 'overdue' | 'today' | 'tomorrow' | 'new' | 'in_progress'
  /** « reçue le 16/11 » */
  createdLabel: string
  /** « avant le ven. 20/11 » */
  dueLabel: string
  /** « en retard de 2 jours », for overdue leads */
  lateLabel?: string
  /** the young person's data was erased */
  anonymized: boolean
  /** « Suivie par »: the member who handles it */
  assignee?: string
  /** how the young person prefers to be reached, in a few words (« SMS, appel · le soir ») */
  preferences?: string
}

/** The « Toutes / Mes demandes » filter: plain links (a query parameter), so it works without JavaScript. */
export interface InboxFilter {
  mineOnly: boolean
  allHref: string
  mineHref: string
}

interface Props {
  leads: InboxLead[]
  groups: readonly { group: InboxLead['group']; label: string }[]
  outcomes: readonly { value: string; label: string }[]
  filter: InboxFilter
  /** « Absents : Camille Martin jusqu’au 11/12/2026 » */
  absences?: string | null
}

/** What the REST API answered when it refused a change (its French validation message). */
async function refusal(response: Response): Promise<string> {
  try {
    const json = await response.json()
    return json?.errors?.[0]?.data?.errors?.[0]?.message ?? json?.errors?.[0]?.message ?? `Erreur ${response.status}`
  } catch {
    return `Erreur ${response.status}`
  }
}

/**
 * The professional's inbox: leads grouped by urgency, one click to take a lead (en cours) or close it
 * with an outcome and a comment, and « Prendre en charge » on several selected leads at once. Every
 * change goes through `PATCH /api/leads/:id`, which enforces the workflow and the access rules.
 */
export function InboxTable({ leads, groups, outcomes, filter, absences }: Props) {
  const router = useRouter()
  const {
    config: {
      routes: { admin: adminRoute, api: apiRoute },
    },
  } = useConfig()
  const [selected, setSelected] = useState<Set<number>>(new Set())
  const [closing, setClosing] = useState<number | null>(null)
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState('')
  const [comment, setComment] = useState('')
  const [error, setError] = useState<string | null>(null)
  const idPrefix = useId()
  const selectAllId = `${idPrefix}-select-all`
  /** The row of a lead's closing form, which « Clôturer… » unfolds. */
  const closeRowId = (lead: InboxLead) => `${idPrefix}-close-${lead.id}`

  const selectable = leads.filter((lead) => lead.status === 'nouvelle')
  const allSelected = selectable.length > 0 && selectable.every((lead) => selected.has(lead.id))

  const patch = (id: number, body: Record<string, unknown>) =>
    fetch(`${apiRoute}/leads/${id}`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })

  async function take(ids: number[]) {
    setBusy(true)
    let done = 0
    const failures: string[] = []
    for (const id of ids) {
      const response = await patch(id, { status: 'en_cours' })
      if (response.ok) done += 1
      else failures.push(`${leads.find((lead) => lead.id === id)?.reference ?? id} : ${await refusal(response)}`)
    }
    setBusy(false)
    setSelected(new Set())
    if (done) toast.success(done > 1 ? `${done} demandes prises en charge.` : 'Demande prise en charge.')
    if (failures.length) toast.error(failures.join('\n'))
    router.refresh()
  }

  async function close(id: number) {
    if (!outcome) return setError('Choisissez la suite donnée à la demande.')
    if (!comment.trim()) return setError('Un commentaire est obligatoire pour clôturer la demande.')
    setBusy(true)
    const response = await patch(id, { status: 'cloturee', outcome, closingComment: comment.trim() })
    setBusy(false)
    if (!response.ok) return setError(await refusal(response))
    toast.success('Demande clôturée.')
    setClosing(null)
    setOutcome('')
    setComment('')
    setError(null)
    router.refresh()
  }

  const toggle = (id: number) =>
    setSelected((current) => {
      const next = new Set(current)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })

  const header = (
    <>
      {/* a filter of the list below, not a navigation area */}
      <div className="boussole-inbox__filter" role="group" aria-label="Filtrer les demandes">
        <a href={filter.allHref} aria-current={filter.mineOnly ? undefined : 'page'}>
          Toutes les demandes
        </a>
        <a href={filter.mineHref} aria-current={filter.mineOnly ? 'page' : undefined}>
          Mes demandes
        </a>
      </div>
      {absences ? <p className="boussole-inbox__absences">{absences}</p> : null}
    </>
  )

  if (!leads.length)
    return (
      <div className="boussole-inbox">
        {header}
        <p className="boussole-empty">{filter.mineOnly ? 'Aucune demande ne vous est attribuée.' : 'Aucune demande en attente : tout est à jour.'}</p>
      </div>
    )

  return (
    <div className="boussole-inbox">
      {header}
      <div className="boussole-inbox__toolbar" role="group" aria-label="Actions groupées">
        <label className="boussole-checkbox" htmlFor={selectAllId}>
          <input
            id={selectAllId}
            type="checkbox"
            checked={allSelected}
            disabled={!selectable.length}
            onChange={() => setSelected(allSelected ? new Set() : new Set(selectable.map((lead) => lead.id)))}
          />
          Sélectionner toutes les nouvelles demandes
        </label>
        <Button buttonStyle="primary" size="small" disabled={busy || selected.size === 0} onClick={() => take([...selected])}>
          {selected.size > 1 ? `Prendre en charge les ${selected.size} demandes` : 'Prendre en charge la sélection'}
        </Button>
      </div>

      {groups.map(({ group, label }) => {
        const rows = leads.filter((lead) => lead.group === group)
        if (!rows.length) return null
        return (
          <section key={group} className={`boussole-inbox__group boussole-inbox__group--${group}`} aria-labelledby={`inbox-${group}`}>
            <h3 id={`inbox-${group}`}>
              {label} <span className="boussole-count">{rows.length}</span>
            </h3>
            {/* scrolls sideways on a phone, the page does not */}
            <div className="boussole-table-wrapper">
              <table className="boussole-table boussole-inbox__table" aria-labelledby={`inbox-${group}`}>
                <thead>
                  <tr>
                    <th scope="col" className="boussole-inbox__select">
                      <span className="boussole-visually-hidden">Sélection</span>
                    </th>
                    <th scope="col">Demande</th>
                    <th scope="col">Offre</th>
                    <th scope="col">Commune</th>
                    <th scope="col">Échéance</th>
                    <th scope="col">Suivie par</th>
                    <th scope="col">Actions</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((lead) => (
                    <React.Fragment key={lead.id}>
                      <tr className={lead.group === 'overdue' ? 'boussole-inbox__row--late' : undefined}>
                        <td className="boussole-inbox__select">
                          {lead.status === 'nouvelle' && (
                            <input
                              type="checkbox"
                              aria-label={`Sélectionner la demande ${lead.reference}`}
                              checked={selected.has(lead.id)}
                              onChange={() => toggle(lead.id)}
                            />
                          )}
                        </td>
                        <th scope="row">
                          <a href={`${adminRoute}/collections/leads/${lead.id}`}>{lead.reference}</a>
                          <div className="boussole-muted">
                            {lead.theme} · {lead.createdLabel}
                            {lead.anonymized ? ' · données effacées' : ''}
                          </div>
                          {lead.preferences ? <div className="boussole-muted">Préfère : {lead.preferences}</div> : null}
                        </th>
                        <td>{lead.offer}</td>
                        <td>{lead.commune}</td>
                        <td>
                          {lead.dueLabel}
                          {lead.lateLabel && <div className="boussole-late">{lead.lateLabel}</div>}
                        </td>
                        <td>{lead.assignee ?? <span className="boussole-muted">personne</span>}</td>
                        <td>
                          <div className="boussole-inbox__actions">
                            <Button el="link" url={`${adminRoute}/collections/leads/${lead.id}`} buttonStyle="secondary" size="small" margin={false}>
                              Ouvrir
                            </Button>
                            {lead.status === 'nouvelle' && (
                              <Button buttonStyle="primary" size="small" margin={false} disabled={busy} onClick={() => take([lead.id])}>
                                Prendre en charge<span className="boussole-visually-hidden"> la demande {lead.reference}</span>
                              </Button>
                            )}
                            <Button
                              buttonStyle="secondary"
                              size="small"
                              margin={false}
                              disabled={busy}
                              extraButtonProps={{ 'aria-expanded': closing === lead.id, 'aria-controls': closeRowId(lead) }}
                              onClick={() => {
                                setClosing(closing === lead.id ? null : lead.id)
                                setError(null)
                              }}
                            >
                              Clôturer…<span className="boussole-visually-hidden"> la demande {lead.reference}</span>
                            </Button>
                          </div>
                        </td>
                      </tr>
                      {closing === lead.id && (
                        <tr id={closeRowId(lead)} className="boussole-inbox__close">
                          <td />
                          <td colSpan={6}>
                            <form
                              onSubmit={(event) => {
                                event.preventDefault()
                                void close(lead.id)
                              }}
                              aria-label={`Clôturer la demande ${lead.reference}`}
                            >
                              <div className="boussole-field">
                                <label htmlFor={`outcome-${lead.id}`}>Suite donnée (obligatoire)</label>
                                <select id={`outcome-${lead.id}`} value={outcome} onChange={(event) => setOutcome(event.target.value)} required>
                                  <option value="">— Choisir —</option>
                                  {outcomes.map((option) => (
                                    <option key={option.value} value={option.value}>
                                      {option.label}
                                    </option>
                                  ))}
                                </select>
                              </div>
                              <div className="boussole-field">
                                <label htmlFor={`comment-${lead.id}`}>Commentaire (obligatoire)</label>
                                <textarea
                                  id={`comment-${lead.id}`}
                                  rows={2}
                                  maxLength={2000}
                                  value={comment}
                                  onChange={(event) => setComment(event.target.value)}
                                  required
                                />
                              </div>
                              {error && (
                                <p role="alert" className="boussole-late">
                                  {error}
                                </p>
                              )}
                              <div className="boussole-inbox__actions">
                                <Button type="submit" buttonStyle="primary" size="small" margin={false} disabled={busy}>
                                  Clôturer la demande
                                </Button>
                                <Button buttonStyle="secondary" size="small" margin={false} onClick={() => setClosing(null)}>
                                  Annuler
                                </Button>
                              </div>
                            </form>
                          </td>
                        </tr>
                      )}
                    </React.Fragment>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        )
      })}
    </div>
  )
}
