import type { DocumentViewServerProps } from 'payload'

import { activeUser } from '@/domain/accounts/roles'
import { formatLongDate } from '@/domain/shared/frenchDates'
import { idsOf } from '@/domain/shared/ids'
import type { OpeningItemKey } from '@/domain/territories/openingChecklist'
import type { Territory } from '@/payload-types'
import { loadOpeningChecklist } from '@/plugins/boussole/server'

import '../../workflows/workflows.css'

/** Where each missing item is fixed in the back office. */
const fixLinks = (id: number): Record<OpeningItemKey, { label: string; href: string }[]> => ({
  coverage: [{ label: 'Choisir la couverture', href: `/admin/collections/territories/${id}` }],
  animators: [{ label: 'Gérer les comptes', href: '/admin/collections/users' }],
  themes: [
    { label: 'Ouvrir des thèmes', href: `/admin/collections/territories/${id}` },
    { label: 'Questionnaires', href: '/admin/collections/questionnaires' },
  ],
  offers: [
    { label: 'Chartes', href: '/admin/collections/charters' },
    { label: 'Offres', href: '/admin/collections/offers' },
  ],
  consortium: [{ label: 'Organismes', href: '/admin/collections/partners' }],
  contact: [{ label: 'Renseigner la structure animatrice', href: `/admin/collections/territories/${id}` }],
})

/**
 * « Ouverture » tab of a territory: the opening checklist, computed from the data (src/domain/territories/openingChecklist.ts),
 * each item done or what is missing with where to fix it; and, before opening, « Voir comme un jeune ».
 */
export async function OpeningView(props: DocumentViewServerProps) {
  const doc = props.doc as Partial<Territory> | undefined
  const { payload, user } = props.initPageResult.req
  if (!doc?.id) return null
  const checklist = await loadOpeningChecklist(payload, { id: doc.id, communeCount: doc.communeCount, themes: doc.themes, contact: doc.contact })
  const links = fixLinks(doc.id)
  const person = activeUser(user)
  const mayPreview = doc.status !== 'ouvert' && (person?.role === 'admin' || (person?.role === 'animator' && idsOf(person.territories).includes(doc.id)))

  return (
    <div className="bw-page" style={{ padding: 'var(--base) var(--gutter-h, calc(var(--base) * 2))' }} data-testid="opening-checklist">
      <h2>Liste d’ouverture</h2>
      <p className="bw-lead">
        {doc.status === 'ouvert'
          ? 'Le territoire est ouvert.'
          : checklist.complete
            ? 'Tout est prêt : un administrateur peut ouvrir le territoire (statut « Ouvert ») ou programmer son ouverture.'
            : 'Le territoire ne peut pas encore ouvrir : la liste se complète d’elle-même à mesure que les données sont saisies.'}
        {doc.status !== 'ouvert' && doc.opensAt ? ` Ouverture programmée le ${formatLongDate(doc.opensAt)}.` : ''}
      </p>
      <ul className="bw-list">
        {checklist.items.map((entry) => (
          <li key={entry.key} data-testid={`opening-item-${entry.key}`} data-done={entry.done ? 'oui' : 'non'}>
            <span className={`bw-tag ${entry.done ? 'bw-message--success' : 'bw-message--warning'}`}>{entry.done ? 'Fait' : 'Manquant'}</span>{' '}
            <strong>{entry.label}</strong> : {entry.detail}
            {!entry.done && (
              <>
                {' '}
                {links[entry.key].map((link) => (
                  <a key={link.href + link.label} href={link.href} style={{ marginInlineStart: '0.5rem' }}>
                    {link.label}
                  </a>
                ))}
              </>
            )}
          </li>
        ))}
      </ul>
      {mayPreview && (
        <p className="bw-actions">
          <a className="btn btn--style-primary btn--size-medium" href={`/apercu/${doc.id}`}>
            Voir comme un jeune
          </a>
          <span className="bw-muted">Parcourez le site public de ce territoire avant son ouverture ; rien n’est enregistré.</span>
        </p>
      )}
    </div>
  )
}
