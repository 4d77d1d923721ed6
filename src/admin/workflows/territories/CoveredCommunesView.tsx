import type { DocumentViewServerProps, Where } from 'payload'

import { idsOf } from '@/domain/shared/ids'
import type { Territory } from '@/payload-types'

import '../workflows.css'

const PAGE_SIZE = 50
const single = (value: unknown) => (Array.isArray(value) ? value[0] : value) as string | undefined

/**
 * « Communes couvertes » tab of a territory: the communes its coverage resolves to (union of départements,
 * EPCIs and communes, computed on save), counted, searchable and paginated; no map needed.
 */
export async function CoveredCommunesView(props: DocumentViewServerProps) {
  const doc = props.doc as Partial<Territory> | undefined
  const { payload } = props.initPageResult.req
  const covered = idsOf(doc?.coveredCommunes)
  const q = (single(props.searchParams?.q) ?? '').trim()
  const page = Math.max(1, Number(single(props.searchParams?.page)) || 1)
  const base = `/admin/collections/territories/${doc?.id}/communes`

  const coverage = doc?.coverage
  const [departements, epcis] = await Promise.all([
    idsOf(coverage?.departements).length
      ? payload.find({ collection: 'departements', where: { id: { in: idsOf(coverage?.departements) } }, pagination: false, depth: 0 })
      : { docs: [] },
    idsOf(coverage?.epcis).length
      ? payload.find({ collection: 'epcis', where: { id: { in: idsOf(coverage?.epcis) } }, pagination: false, depth: 0 })
      : { docs: [] },
  ])

  const where: Where[] = [{ id: { in: covered.length ? covered : [0] } }]
  if (q) where.push({ or: [{ name: { like: q } }, { code: { like: q } }, { postalCodes: { contains: q } }] })
  const result = await payload.find({
    collection: 'communes',
    where: { and: where },
    sort: 'name',
    page,
    limit: PAGE_SIZE,
    depth: 1,
    populate: { departements: { name: true, code: true }, epcis: { name: true } },
  })
  const label = (value: unknown, key = 'name') => (value && typeof value === 'object' ? String((value as Record<string, unknown>)[key] ?? '') : '')
  const link = (target: number) => `${base}?page=${target}${q ? `&q=${encodeURIComponent(q)}` : ''}`

  return (
    <div className="bw-page" style={{ padding: 'var(--base) var(--gutter-h, calc(var(--base) * 2))' }}>
      <h2 data-testid="commune-count">{doc?.communeCount ?? covered.length} commune(s) couverte(s)</h2>
      <p className="bw-lead">
        Calculé à l’enregistrement à partir de l’onglet « Couverture » :{' '}
        {[
          departements.docs.length ? `départements ${departements.docs.map((entry) => label(entry)).join(', ')}` : null,
          epcis.docs.length ? `EPCI ${epcis.docs.map((entry) => label(entry)).join(', ')}` : null,
          idsOf(coverage?.communes).length ? `${idsOf(coverage?.communes).length} commune(s) ajoutée(s) une à une` : null,
        ]
          .filter(Boolean)
          .join(' ; ') || 'aucune zone choisie'}
        . Modifiez la couverture puis enregistrez pour mettre cette liste à jour.
      </p>
      <form method="get" action={base} className="bw-filters" role="search" aria-label="Chercher une commune couverte">
        <label>
          Commune, code INSEE ou code postal
          <input type="search" name="q" defaultValue={q} />
        </label>
        <button type="submit" className="btn btn--style-secondary btn--size-medium">
          Chercher
        </button>
      </form>
      <p role="status">
        {result.totalDocs} résultat(s){result.totalPages > 1 ? ` — page ${result.page} sur ${result.totalPages}` : ''}
      </p>
      <table className="bw-table" data-testid="covered-communes">
        <thead>
          <tr>
            <th scope="col">Commune</th>
            <th scope="col">Code INSEE</th>
            <th scope="col">Codes postaux</th>
            <th scope="col">Département</th>
            <th scope="col">EPCI</th>
          </tr>
        </thead>
        <tbody>
          {result.docs.map((commune) => (
            <tr key={commune.id}>
              <td>{commune.name}</td>
              <td>{commune.code}</td>
              <td>{(commune.postalCodes ?? []).join(', ')}</td>
              <td>{label(commune.departement)}</td>
              <td>{label(commune.epci)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.totalPages > 1 ? (
        <nav className="bw-actions" aria-label="Pages" style={{ marginTop: 'var(--base)' }}>
          {result.hasPrevPage ? (
            <a className="btn btn--style-secondary btn--size-small" href={link(result.page! - 1)}>
              Page précédente
            </a>
          ) : null}
          {result.hasNextPage ? (
            <a className="btn btn--style-secondary btn--size-small" href={link(result.page! + 1)}>
              Page suivante
            </a>
          ) : null}
        </nav>
      ) : null}
    </div>
  )
}
