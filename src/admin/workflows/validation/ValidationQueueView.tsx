import type { AdminViewServerProps } from 'payload'

import { formatDateTime } from '@/domain/shared/frenchDates'
import { idsOf } from '@/domain/shared/ids'
import type { Offer } from '@/payload-types'

import { mayUse, NotAllowed, viewActor, WorkflowTemplate } from '../shared/WorkflowTemplate'
import { diffNames, lastPublishedVersion, offerDiff } from './offerDiff'
import { ReviewForm } from './ReviewForm'

const TITLE = 'File de validation des offres'
const dateTime = (value?: string | null) => (value ? formatDateTime(value) : '')
const single = (value: unknown) => (Array.isArray(value) ? value[0] : value) as string | undefined

/**
 * For the territory's staff: the offers submitted for validation in their territories — new offers, and the
 * pending edits of published offers (their latest version, `draft: true`); for the one chosen, what changed
 * against the version online, field by field, and « Publier » / « Renvoyer au partenaire ».
 */
export async function ValidationQueueView(props: AdminViewServerProps) {
  const user = viewActor(props, '/validation')
  if (!mayUse(user, ['admin', 'animator'])) return <NotAllowed view={props} title={TITLE} />
  const { payload } = props.initPageResult.req
  const as = { overrideAccess: false, user } as const

  // An animator also reads the offers of other territories proposed in theirs: only their own territories' are published here.
  const home = user.role === 'animator' ? [{ territory: { in: idsOf(user.territories).length ? idsOf(user.territories) : [-1] } }] : []
  const { docs: queue } = await payload.find({
    collection: 'offers',
    where: { and: [{ status: { equals: 'soumise' } }, ...home] },
    sort: 'updatedAt',
    limit: 100,
    depth: 1,
    populate: { partners: { name: true }, territories: { name: true }, themes: { name: true } },
    select: { title: true, partner: true, territory: true, theme: true, updatedAt: true },
    draft: true,
    ...as,
  })
  const { docs: proposals } = await payload.find({
    collection: 'offer-territories',
    where: { status: { equals: 'en_attente' } },
    sort: 'createdAt',
    limit: 100,
    depth: 1,
    populate: { partners: { name: true }, territories: { name: true }, offers: { title: true } },
    select: { offer: true, partner: true, territory: true, createdAt: true },
    ...as,
  })
  const chosenId = Number(single(props.searchParams?.offre) ?? queue[0]?.id)
  const handled = single(props.searchParams?.traitee)
  const chosen = Number.isFinite(chosenId)
    ? await payload.findByID({ collection: 'offers', id: chosenId, depth: 0, disableErrors: true, draft: true, ...as })
    : null

  return (
    <WorkflowTemplate
      view={props}
      title={TITLE}
      lead="Les offres que les partenaires de vos territoires ont soumises. Vérifiez ce qui a changé depuis la version publiée, puis publiez-la ou renvoyez-la au partenaire avec un commentaire."
    >
      {handled ? <p className="bw-message bw-message--success">Décision enregistrée : le partenaire est prévenu par courriel.</p> : null}
      <div className="bw-grid">
        <nav className="bw-card" aria-label="Offres soumises">
          <h2>{queue.length ? `${queue.length} offre(s) à examiner` : 'Aucune offre à examiner'}</h2>
          <ul className="bw-list" data-testid="validation-queue">
            {queue.map((offer) => (
              <li key={offer.id}>
                <a href={`/admin/validation?offre=${offer.id}`} aria-current={offer.id === chosen?.id ? 'page' : undefined}>
                  <strong>{offer.title}</strong>
                  <br />
                  <span className="bw-muted">
                    {nameOf(offer.partner)} · {nameOf(offer.territory)} · {nameOf(offer.theme)} · soumise le {dateTime(offer.updatedAt)}
                  </span>
                </a>
              </li>
            ))}
          </ul>
          {proposals.length ? (
            <>
              <h2>{`${proposals.length} offre(s) d’autres territoires proposée(s) chez vous`}</h2>
              <p className="bw-muted">Validez-la ou refusez-la pour votre territoire : l’offre reste celle de son territoire d’origine.</p>
              <ul className="bw-list" data-testid="validation-proposals">
                {proposals.map((row) => (
                  <li key={row.id}>
                    <a href={`/admin/collections/offer-territories/${row.id}`}>
                      <strong>{titleOf(row.offer)}</strong>
                      <br />
                      <span className="bw-muted">
                        {nameOf(row.partner)} · proposée dans {nameOf(row.territory)} le {dateTime(row.createdAt)}
                      </span>
                    </a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </nav>
        <section aria-live="polite">{chosen ? <OfferReview payload={payload} offer={chosen} /> : <p>Choisissez une offre dans la liste.</p>}</section>
      </div>
    </WorkflowTemplate>
  )
}

const titleOf = (value: unknown) => (value && typeof value === 'object' && 'title' in value ? String((value as { title: string }).title) : '')
const nameOf = (value: unknown) => (value && typeof value === 'object' && 'name' in value ? String((value as { name: string }).name) : '')

async function OfferReview({ payload, offer }: { payload: AdminViewServerProps['payload']; offer: Offer }) {
  const published = await lastPublishedVersion(payload, offer.id)
  const online = published?.version.status === 'publiee' && published.version.id === offer.id
  const names = await diffNames(payload, [offer, ...(published ? [published.version] : [])])
  const rows = offerDiff(published?.version ?? null, offer, names)
  const changed = rows.filter((row) => row.changed).length
  const [partnerId] = idsOf([offer.partner])
  const partner = await payload.findByID({ collection: 'partners', id: partnerId, depth: 0, select: { name: true }, disableErrors: true })

  return (
    <div className="bw-card" data-testid="offer-review">
      <h2>{offer.title}</h2>
      <p className="bw-muted">
        {partner?.name} · statut : {offer.status === 'soumise' ? 'soumise pour validation' : offer.status} ·{' '}
        <a href={`/admin/collections/offers/${offer.id}`}>ouvrir la fiche complète</a>
      </p>
      {offer.reviewComment ? (
        <p className="bw-message bw-message--warning">
          Dernier commentaire de validation : <em>{offer.reviewComment}</em>
        </p>
      ) : null}
      {online ? (
        <p className="bw-message bw-message--warning" data-testid="offer-online">
          Cette offre est en ligne : les jeunes voient la version publiée tant que vous n’avez pas validé ces modifications.
        </p>
      ) : null}
      <h3>
        {published
          ? `${online ? 'Modifications par rapport à la version en ligne' : 'Modifications depuis la version publiée'}, du ${dateTime(published.updatedAt)} (${changed} champ(s))`
          : 'Première publication : contenu soumis'}
      </h3>
      <table className="bw-table" data-testid="offer-diff">
        <thead>
          <tr>
            <th scope="col">Champ</th>
            {published ? <th scope="col">Version publiée</th> : null}
            <th scope="col">Version soumise</th>
          </tr>
        </thead>
        <tbody>
          {rows
            .filter((row) => !published || row.changed || row.after)
            .map((row) => (
              <tr key={row.field} className={row.changed ? 'bw-changed' : undefined}>
                <th scope="row">
                  {row.label}
                  {row.changed ? <span className="bw-muted"> (modifié)</span> : null}
                </th>
                {published ? <td>{row.changed ? <del>{row.before || '—'}</del> : row.before || '—'}</td> : null}
                <td>{row.changed ? <ins>{row.after || '—'}</ins> : row.after || '—'}</td>
              </tr>
            ))}
        </tbody>
      </table>
      {offer.status === 'soumise' ? (
        <>
          <h3 style={{ marginTop: 'calc(var(--base) * 1.5)' }}>Votre décision</h3>
          <ReviewForm offerId={offer.id} offerTitle={offer.title} />
        </>
      ) : (
        <p className="bw-muted">Cette offre n’est plus en attente de validation.</p>
      )}
    </div>
  )
}
