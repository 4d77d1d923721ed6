import type { AdminViewServerProps } from 'payload'

import { PARTNER_TYPES } from '@/domain/partners/partnerTypes'

import { mayUse, NotAllowed, viewActor, WorkflowTemplate } from '../shared/WorkflowTemplate'
import { peerDirectory } from './peerDirectory'

const TITLE = 'Annuaire des homologues'
const single = (value: unknown) => (Array.isArray(value) ? value[0] : value) as string | undefined
const typeLabel = (value?: string | null) => PARTNER_TYPES.find((type) => type.value === value)?.label ?? ''

/**
 * The organisations of the person's territories, their published offers and professional contacts,
 * searchable by theme and by text (a plain GET form: works without JavaScript, keeps the URL shareable).
 */
export async function AnnuaireView(props: AdminViewServerProps) {
  const user = viewActor(props, '/annuaire')
  if (!mayUse(user, ['admin', 'animator', 'partner'])) return <NotAllowed view={props} title={TITLE} />
  const theme = single(props.searchParams?.theme) ?? ''
  const q = single(props.searchParams?.q) ?? ''
  const territory = Number(single(props.searchParams?.territoire)) || null
  const { territories, themes, entries } = await peerDirectory(props.initPageResult.req.payload, user, { theme, q, territory })

  return (
    <WorkflowTemplate
      view={props}
      title={TITLE}
      lead="Les organismes du réseau Boussole de vos territoires, leurs offres publiées et leurs contacts réservés aux professionnels. Orientez un jeune vers le bon interlocuteur."
    >
      <form method="get" action="/admin/annuaire" className="bw-filters" role="search" aria-label="Filtrer l’annuaire">
        <label>
          Rechercher
          <input type="search" name="q" defaultValue={q} placeholder="Nom, offre, mot-clé…" />
        </label>
        <label>
          Thème
          <select name="theme" defaultValue={theme}>
            <option value="">Tous les thèmes</option>
            {themes.map((entry) => (
              <option key={entry.id} value={entry.slug ?? String(entry.id)}>
                {entry.name}
              </option>
            ))}
          </select>
        </label>
        {territories.length > 1 ? (
          <label>
            Territoire
            <select name="territoire" defaultValue={territory ? String(territory) : ''}>
              <option value="">Tous mes territoires</option>
              {territories.map((entry) => (
                <option key={entry.id} value={entry.id}>
                  {entry.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <button type="submit" className="btn btn--style-primary btn--size-medium">
          Filtrer
        </button>
        {q || theme || territory ? (
          <a href="/admin/annuaire" className="btn btn--style-secondary btn--size-medium">
            Tout afficher
          </a>
        ) : null}
      </form>
      <p role="status">
        {entries.length} organisme(s){territories.length ? ` — ${territories.map((entry) => entry.name).join(', ')}` : ''}
      </p>
      <div data-testid="annuaire">
        {entries.map(({ partner, territories: of, offers }) => (
          <article key={partner.id} className="bw-card">
            <h2>{partner.name}</h2>
            <p className="bw-muted">
              {typeLabel(partner.type)}
              {partner.communeLabel ? ` · ${partner.communeLabel}` : ''}
              {of.length ? ` · ${of.map((entry) => entry.name).join(', ')}` : ''}
            </p>
            {partner.description ? <p>{partner.description}</p> : null}
            <dl className="bw-dl">
              {partner.professionalContact?.name || partner.professionalContact?.email || partner.professionalContact?.phone ? (
                <>
                  <dt>Contact professionnel</dt>
                  <dd>
                    {[partner.professionalContact?.name, partner.professionalContact?.phone].filter(Boolean).join(' · ')}
                    {partner.professionalContact?.email ? (
                      <>
                        {' · '}
                        <a href={`mailto:${partner.professionalContact.email}`}>{partner.professionalContact.email}</a>
                      </>
                    ) : null}
                  </dd>
                </>
              ) : null}
              {partner.publicPhone || partner.publicEmail ? (
                <>
                  <dt>Accueil</dt>
                  <dd>{[partner.publicPhone, partner.publicEmail].filter(Boolean).join(' · ')}</dd>
                </>
              ) : null}
              {partner.address ? (
                <>
                  <dt>Adresse</dt>
                  <dd>{partner.address}</dd>
                </>
              ) : null}
              {partner.website ? (
                <>
                  <dt>Site</dt>
                  <dd>
                    <a href={partner.website} rel="noreferrer" target="_blank">
                      {partner.website}
                    </a>
                  </dd>
                </>
              ) : null}
            </dl>
            <h3 style={{ marginTop: 'var(--base)' }}>{offers.length ? `Offres publiées (${offers.length})` : 'Aucune offre publiée'}</h3>
            {offers.length ? (
              <ul>
                {offers.map((offer) => (
                  <li key={offer.id}>
                    <a href={`/offre/${offer.id}`} target="_blank" rel="noreferrer">
                      {offer.title}
                    </a>{' '}
                    {offer.theme ? <span className="bw-tag">{offer.theme.name}</span> : null}
                    {offer.contactDelayDays ? <span className="bw-muted"> recontact sous {offer.contactDelayDays} j</span> : null}
                    <br />
                    <span className="bw-muted">{offer.summary}</span>
                  </li>
                ))}
              </ul>
            ) : null}
          </article>
        ))}
        {!entries.length ? <p>Aucun organisme ne correspond à votre recherche.</p> : null}
      </div>
    </WorkflowTemplate>
  )
}
