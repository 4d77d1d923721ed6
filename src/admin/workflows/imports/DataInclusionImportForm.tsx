'use client'

import { Button } from '@payloadcms/ui'
import { useRef, useState, useTransition } from 'react'

import './dataInclusionImport.css'

import { LINE_OUTCOME_LABELS, type ImportCounts, type LineOutcome } from '@/domain/openData/importDataInclusion'
import { countOf } from '@/domain/shared/frenchText'

interface Choice {
  id: number
  label: string
}

/** The endpoint's report (src/plugins/boussole/imports/dataInclusionImport.ts), as the form reads it. */
interface Report {
  mode: 'preview' | 'commit'
  counts: ImportCounts
  created: { partners: number; offers: number }
  lines: { where: string; kind: 'structure' | 'service'; label: string; outcome: LineOutcome; messages: string[]; notes: string[] }[]
}

const TAG: Record<LineOutcome, string> = { creer: 'success', rattacher: 'success', doublon: 'warning', 'deja-importe': 'warning', refuse: 'error' }

/** Territory and file(s), « Vérifier », the line-by-line preview, then « Importer ». */
export function DataInclusionImportForm({ territories }: { territories: Choice[] }) {
  const form = useRef<HTMLFormElement>(null)
  const [pending, startTransition] = useTransition()
  const [report, setReport] = useState<Report | null>(null)
  const [error, setError] = useState<string | null>(null)

  const send = (mode: 'preview' | 'commit') =>
    startTransition(async () => {
      if (!form.current) return
      const data = new FormData(form.current)
      const territory = String(data.get('territory') ?? '')
      const body = new FormData()
      for (const file of data.getAll('file')) if (typeof file !== 'string' && file.size) body.append('file', file)
      if (!body.has('file')) return setError('Choisissez le fichier à importer.')
      setError(null)
      try {
        const response = await fetch(`/api/boussole/data-inclusion/import?territory=${encodeURIComponent(territory)}&mode=${mode}`, {
          method: 'POST',
          body,
          credentials: 'same-origin',
        })
        const json = await response.json()
        if (response.ok || response.status === 422) setReport(json as Report)
        if (!response.ok) setError((json.errors ?? []).map((fault: { message: string }) => fault.message).join(' ') || 'L’import a échoué.')
      } catch {
        setError('Le serveur ne répond pas : réessayez dans quelques instants.')
      }
    })

  const committed = report?.mode === 'commit' && report.counts.refused === 0
  const mayCommit = report?.mode === 'preview' && report.counts.refused === 0 && report.counts.toCreate > 0

  return (
    <>
      <form
        ref={form}
        className="bw-form"
        data-testid="data-inclusion-import"
        onSubmit={(event) => {
          event.preventDefault()
          send('preview')
        }}
        onChange={() => setReport(null)}
      >
        <label>
          Territoire
          <select name="territory" required defaultValue={territories[0]?.id}>
            {territories.map((territory) => (
              <option key={territory.id} value={territory.id}>
                {territory.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Fichier(s) data·inclusion (JSON ou CSV, 2 Mo au plus)
          <input name="file" type="file" accept=".json,.csv,application/json,text/csv" multiple required />
        </label>
        <div className="bw-actions">
          <Button type="submit" buttonStyle={mayCommit ? 'secondary' : 'primary'} size="medium" disabled={pending}>
            Vérifier le fichier
          </Button>
          {mayCommit ? (
            <Button type="button" buttonStyle="primary" size="medium" disabled={pending} onClick={() => send('commit')}>
              {`Importer (${countOf(report.counts.toCreate, 'élément')})`}
            </Button>
          ) : null}
        </div>
        <div aria-live="polite">
          {error ? <p className="bw-message bw-message--error">{error}</p> : null}
          {report ? <Summary report={report} committed={committed} /> : null}
        </div>
      </form>
      {report ? <Lines report={report} /> : null}
    </>
  )
}

function Summary({ report, committed }: { report: Report; committed: boolean }) {
  const { counts, created } = report
  if (committed) {
    return (
      <p className="bw-message bw-message--success">
        Import terminé : {countOf(created.partners, 'organisme créé', 'organismes créés')}, {countOf(created.offers, 'offre créée', 'offres créées')} en
        brouillon. <a href="/admin/collections/offers?where[status][equals]=brouillon">Voir les offres en brouillon</a>
      </p>
    )
  }
  const parts = [
    countOf(counts.toCreate, 'élément à créer', 'éléments à créer'),
    countOf(counts.matched, 'organisme existant', 'organismes existants'),
    countOf(counts.skipped, 'ligne ignorée', 'lignes ignorées'),
    countOf(counts.refused, 'ligne refusée', 'lignes refusées'),
  ]
  return (
    <p className={`bw-message bw-message--${counts.refused ? 'error' : 'success'}`}>
      {parts.join(', ')}.{' '}
      {counts.refused
        ? 'Corrigez les lignes refusées dans le fichier puis vérifiez-le de nouveau : rien n’est importé tant qu’une ligne est refusée.'
        : counts.toCreate
          ? 'Rien n’est encore importé : vérifiez le détail ci-dessous, puis « Importer ».'
          : 'Rien de nouveau à importer.'}
    </p>
  )
}

function Lines({ report }: { report: Report }) {
  return (
    <table className="bw-table">
      <caption className="bw-muted">Détail, ligne par ligne</caption>
      <thead>
        <tr>
          <th scope="col">Ligne</th>
          <th scope="col">Nature</th>
          <th scope="col">Nom</th>
          <th scope="col">Résultat</th>
          <th scope="col">Détail</th>
        </tr>
      </thead>
      <tbody>
        {report.lines.map((line, index) => (
          <tr key={index}>
            <td>{line.where}</td>
            <td>{line.kind === 'structure' ? 'Structure' : 'Service'}</td>
            <td>{line.label || '—'}</td>
            <td>
              <span className={`bw-tag bw-tag--${TAG[line.outcome]}`}>{LINE_OUTCOME_LABELS[line.outcome]}</span>
            </td>
            <td>
              {[...line.messages, ...line.notes].map((text, at) => (
                <div key={at}>{text}</div>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
