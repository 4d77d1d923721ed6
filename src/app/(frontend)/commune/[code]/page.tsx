import { Tile } from '@codegouvfr/react-dsfr/Tile'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { InfoJeunesCard } from '@/components/InfoJeunesCard'
import { ThemePictogram } from '@/components/ThemePictogram'
import { type CommuneTheme, type CommuneThemes, themesForCommune } from '@/plugins/boussole/server'

import { forPage } from '../../_lib/apiErrors'
import { INFO_JEUNES_URL, questionsPath, routeParam, territoryPath } from '../../_lib/paths'
import { payloadClient } from '../../_lib/payload'
import { previewScope } from '../../_lib/preview'

type Props = { params: Promise<{ code: string }> }

/** One round of queries per request, shared by the metadata and the page. */
const load = cache(async (code: string): Promise<CommuneThemes> => {
  const payload = await payloadClient()
  const preview = await previewScope()
  const outcome = await forPage(() => themesForCommune(payload, routeParam(code), { preview }))
  if (!outcome.ok) notFound()
  return outcome.value
})

const place = (commune: CommuneThemes['commune']) => (commune.postalCodes[0] ? `${commune.name} (${commune.postalCodes[0]})` : commune.name)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { commune, territory } = await load((await params).code)
  return territory
    ? {
        title: `Que cherches-tu à ${commune.name} ?`,
        description: `Emploi, formation, logement, santé : ce que Boussole te propose à ${place(commune)}, avec les professionnels du territoire ${territory.name}.`,
      }
    : {
        title: `Boussole n’est pas encore ouverte à ${commune.name}`,
        description: `Boussole n’est pas encore disponible à ${place(commune)} : voici vers qui te tourner près de chez toi.`,
      }
}

export default async function CommunePage({ params }: Props) {
  const { code } = await params
  const data = await load(code)
  return <div className="fr-container fr-pt-6w">{data.territory ? <Themes data={data} /> : <OutsideTerritories data={data} />}</div>
}

function Themes({ data }: { data: CommuneThemes }) {
  const { commune, themes, territory, tiles } = data
  const soon = themes.filter((theme) => theme.status === 'bientot')
  const notCovered = themes.filter((theme) => theme.status === 'non_couvert')
  return (
    <>
      <p className="fr-mb-1w">
        <span className="fr-icon-map-pin-2-line fr-icon--sm" aria-hidden="true" /> {place(commune)}
        {commune.departement ? `, ${commune.departement}` : ''} ·{' '}
        <Link href="/" prefetch={false} className="fr-link fr-link--sm">
          Changer de commune
        </Link>
      </p>
      <h1>Qu’est-ce que tu cherches ?</h1>
      <p className="fr-text--lead">
        Choisis un thème : on te pose quelques questions, puis on te montre les services des pros du territoire {territory?.name} qui peuvent t’aider.
      </p>

      {tiles.length > 0 ? (
        <ul className="fr-grid-row fr-grid-row--gutters fr-mb-4w fr-raw-list">
          {tiles.map((tile) => (
            <li key={tile.key} className="fr-col-12 fr-col-sm-6 fr-col-lg-4 boussole-grid-item">
              {tile.name ? (
                <GroupedTile name={tile.name} themes={tile.themes} communeCode={commune.code} />
              ) : (
                <Tile
                  title={tile.themes[0].name}
                  titleAs="h2"
                  desc={tile.themes[0].description}
                  linkProps={{ href: questionsPath(commune.code, tile.themes[0].slug), prefetch: false }}
                  pictogram={<ThemePictogram icon={tile.themes[0].icon} />}
                  orientation="horizontal"
                />
              )}
            </li>
          ))}
        </ul>
      ) : (
        <div className="fr-alert fr-alert--info fr-mb-4w">
          <h2 className="fr-alert__title">Aucun thème n’est encore ouvert ici</h2>
          <p>Les thèmes ouvrent les uns après les autres. En attendant, le réseau Info Jeunes peut t’aider.</p>
        </div>
      )}

      {soon.length > 0 && (
        <section className="fr-mb-4w" aria-labelledby="bientot">
          <h2 id="bientot" className="fr-h4">
            Bientôt disponible
          </h2>
          <p>
            Ces thèmes ouvriront prochainement à {commune.name}. En attendant, tu peux poser ta question à un Point Information Jeunesse ou sur le site{' '}
            <a href={INFO_JEUNES_URL} className="fr-link" target="_blank" rel="noopener" title="Info Jeunes — nouvelle fenêtre">
              Info Jeunes
            </a>
            .
          </p>
          <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list">
            {soon.map((theme) => (
              <li key={theme.slug} className="fr-col-12 fr-col-sm-6 fr-col-lg-4 boussole-grid-item">
                <SoonTile theme={theme} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {notCovered.length > 0 && (
        <section className="fr-mb-4w" aria-labelledby="non-couverts">
          <h2 id="non-couverts" className="fr-h4">
            Pas encore proposé ici
          </h2>
          <p>
            {notCovered.map((theme) => theme.name).join(', ')} : les pros du territoire ne proposent pas encore ce thème sur Boussole. Le réseau{' '}
            <a href={INFO_JEUNES_URL} className="fr-link" target="_blank" rel="noopener" title="Info Jeunes — nouvelle fenêtre">
              Info Jeunes
            </a>{' '}
            peut t’orienter gratuitement.
          </p>
        </section>
      )}

      {territory && (
        <p>
          <Link href={territoryPath(territory.slug)} prefetch={false} className="fr-link fr-icon-arrow-right-line fr-link--icon-right">
            Qui sont les pros du territoire {territory.name} ?
          </Link>
        </p>
      )}
    </>
  )
}

/**
 * Several national themes the territory shows as one tile (« Emploi-Formation »): the young person picks the one
 * that fits, then answers its questionnaire and sees its offers (src/domain/territories/themeTiles.ts).
 */
function GroupedTile({ name, themes, communeCode }: { name: string; themes: CommuneTheme[]; communeCode: string }) {
  return (
    <Tile
      title={name}
      titleAs="h2"
      desc={
        <>
          <span>Choisis ce qui te correspond le mieux :</span>
          <ul className="boussole-tile__choices">
            {themes.map((theme) => (
              <li key={theme.slug}>
                <Link href={questionsPath(communeCode, theme.slug)} prefetch={false} className="fr-link fr-icon-arrow-right-line fr-link--icon-right">
                  {theme.name}
                </Link>
                <span className="fr-hint-text">{theme.description}</span>
              </li>
            ))}
          </ul>
        </>
      }
      pictogram={<ThemePictogram icon={themes[0].icon} />}
      orientation="horizontal"
    />
  )
}

function SoonTile({ theme }: { theme: CommuneTheme }) {
  return (
    <Tile
      title={theme.name}
      titleAs="h3"
      desc={theme.description}
      detail={<span className="fr-badge fr-badge--sm fr-badge--no-icon">Bientôt disponible</span>}
      pictogram={<ThemePictogram icon={theme.icon} />}
      orientation="horizontal"
      grey
      className="boussole-tile--soon"
    />
  )
}

function OutsideTerritories({ data }: { data: CommuneThemes }) {
  const { commune, fallback } = data
  return (
    <>
      <h1>Boussole n’est pas encore ouverte à {commune.name}</h1>
      <p className="fr-text--lead">
        Boussole s’ouvre territoire par territoire, et {place(commune)} n’en fait pas encore partie. Pas de panique : des pros près de chez toi peuvent déjà
        t’aider, gratuitement.
      </p>

      <section className="fr-mb-4w" aria-labelledby="info-jeunes">
        <h2 id="info-jeunes">Près de chez toi : le réseau Info Jeunes</h2>
        {fallback && fallback.infoJeunes.length > 0 ? (
          <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list">
            {fallback.infoJeunes.map((structure) => (
              <li key={structure.name} className="fr-col-12 fr-col-md-6 fr-col-lg-4 boussole-grid-item">
                <InfoJeunesCard structure={structure} />
              </li>
            ))}
          </ul>
        ) : (
          <p>
            Les Points et Bureaux Information Jeunesse accueillent les 15–30 ans sans rendez-vous pour parler emploi, formation, logement, santé, mobilité…
            Trouve le plus proche de chez toi sur le site national.
          </p>
        )}
        <p className="fr-mt-2w">
          <a
            href={INFO_JEUNES_URL}
            className="fr-btn fr-btn--secondary"
            target="_blank"
            rel="noopener"
            title="Trouver une structure Info Jeunes sur info-jeunes.fr — nouvelle fenêtre"
          >
            Trouver une structure Info Jeunes
          </a>
        </p>
      </section>

      {fallback && fallback.openTerritories.length > 0 && (
        <section className="fr-mb-4w" aria-labelledby="ouverts">
          <h2 id="ouverts">Là où Boussole est déjà ouverte</h2>
          <p>Si tu habites (ou vas bientôt habiter) dans l’un de ces territoires, choisis ta commune là-bas :</p>
          <ul>
            {fallback.openTerritories.map((territory) => (
              <li key={territory.slug}>
                <Link href={territoryPath(territory.slug)} prefetch={false} className="fr-link">
                  {territory.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <p>
        <Link href="/" prefetch={false} className="fr-link fr-icon-arrow-left-line fr-link--icon-left">
          Chercher une autre commune
        </Link>
      </p>
    </>
  )
}
