import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { cache } from 'react'

import { BadRequest } from '@/components/BadRequest'
import { OfferCard } from '@/components/OfferCard'
import { countOf } from '@/domain/shared/frenchText'
import { type MatchedOffer, matchOffers, type MatchResult } from '@/plugins/boussole/server'
import { isMarkedBadRequest, withBadRequestMarker } from '@/security/badRequestMarker'

import { decodeAnswers, firstParam, type StoredAnswers } from '../../../../_lib/answersParam'
import { forPage, type Outcome } from '../../../../_lib/apiErrors'
import { communePath, INFO_JEUNES_URL, offerPath, questionsPath, resultsPath, routeParam, territoryPath } from '../../../../_lib/paths'
import { payloadClient } from '../../../../_lib/payload'
import { previewScope } from '../../../../_lib/preview'

type Props = { params: Promise<{ code: string; theme: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

/** Matching runs (and is logged, except in a preview) once per request, shared by the metadata and the page. */
const match = cache(
  async (code: string, theme: string, r: string | undefined): Promise<{ answers: StoredAnswers | null; outcome: Outcome<MatchResult> | null }> => {
    const answers = decodeAnswers(r)
    if (answers === null || Object.keys(answers).length === 0) return { answers, outcome: null }
    const payload = await payloadClient()
    const preview = await previewScope()
    const outcome = await forPage(() => matchOffers(payload, { commune: routeParam(code), theme: routeParam(theme), answers }, { preview }))
    return { answers, outcome }
  },
)

async function load({ params, searchParams }: Props) {
  const [{ code, theme }, query] = await Promise.all([params, searchParams])
  return { code, theme, query, ...(await match(code, theme, firstParam(query.r))) }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { outcome } = await load(props)
  if (!outcome?.ok) return { title: 'Résultats', robots: { index: false } }
  const { offers, theme, commune } = outcome.value
  return {
    title: `${offers.length ? countOf(offers.length, 'service') : 'Aucun service'} pour toi — ${theme.name} à ${commune.name}`,
    description: `Les services ${theme.name.toLowerCase()} des pros près de ${commune.name} qui correspondent à ta situation, et le délai dans lequel ils te recontactent.`,
    robots: { index: false },
  }
}

export default async function ResultsPage(props: Props) {
  const { code, theme, query, answers, outcome } = await load(props)
  if (answers && !outcome) redirect(questionsPath(routeParam(code), routeParam(theme)))
  const invalid = !outcome || !outcome.ok
  if (invalid !== isMarkedBadRequest(query)) redirect(withBadRequestMarker(resultsPath(routeParam(code), routeParam(theme), {}), query, invalid))
  if (!outcome || !outcome.ok) {
    const errors = outcome && !outcome.ok ? outcome.errors : [{ message: 'Les réponses enregistrées dans le lien sont illisibles.' }]
    return (
      <BadRequest title="On ne peut pas afficher tes résultats" errors={errors}>
        <ul className="fr-btns-group fr-btns-group--inline-md">
          {answers && (
            <li>
              <Link href={questionsPath(routeParam(code), routeParam(theme), answers)} prefetch={false} className="fr-btn">
                Compléter mes réponses
              </Link>
            </li>
          )}
          <li>
            <Link href={questionsPath(routeParam(code), routeParam(theme))} prefetch={false} className={`fr-btn${answers ? ' fr-btn--secondary' : ''}`}>
              Recommencer le questionnaire
            </Link>
          </li>
        </ul>
      </BadRequest>
    )
  }

  const result = outcome.value
  const stored = answers ?? {}
  const firstKey = Object.keys(stored)[0]
  const editHref = questionsPath(result.commune.code, result.theme.slug, stored, firstKey)
  return (
    <div className="fr-container fr-pt-4w">
      <p className="fr-mb-2w">
        <Link href={editHref} prefetch={false} className="fr-link fr-icon-arrow-left-line fr-link--icon-left">
          Modifier mes réponses
        </Link>
      </p>
      <p className="fr-mb-1w fr-text-mention--grey">
        {result.theme.name} · {result.commune.name}
      </p>
      {result.offers.length > 0 ? <Offers result={result} answers={stored} /> : <NoResult result={result} editHref={editHref} />}
    </div>
  )
}

function Offers({ result, answers }: { result: MatchResult; answers: StoredAnswers }) {
  const groups = new Map<string, { name: string; offers: MatchedOffer[] }>()
  for (const offer of result.offers) {
    const key = offer.subTheme?.slug ?? ''
    const group = groups.get(key) ?? { name: offer.subTheme?.name ?? 'Autres services', offers: [] }
    group.offers.push(offer)
    groups.set(key, group)
  }
  const count = result.offers.length
  return (
    <>
      <h1>
        {count === 1 ? 'Un service peut t’aider' : `${count} services peuvent t’aider`} près de {result.commune.name}
      </h1>
      <p className="fr-text--lead">
        Choisis celui qui te parle le plus et demande à être recontacté(e) : le ou la pro s’engage à te contacter dans le délai indiqué. C’est gratuit.
      </p>
      {[...groups.entries()].map(([slug, group]) => (
        <section key={slug || 'autres'} className="fr-mb-6w" aria-labelledby={`groupe-${slug || 'autres'}`}>
          <h2 id={`groupe-${slug || 'autres'}`} className="fr-h3">
            {group.name}
          </h2>
          <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list">
            {group.offers.map((offer) => (
              <li key={offer.id} className="fr-col-12 fr-col-md-6 boussole-grid-item">
                <OfferCard offer={offer} href={offerPath(offer.id, { commune: result.commune.code, answers })} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      <OtherOptions result={result} />
    </>
  )
}

function NoResult({ result, editHref }: { result: MatchResult; editHref: string }) {
  const { nearMisses } = result
  return (
    <>
      <h1>Aucun service ne correspond exactement à ta situation</h1>
      <p className="fr-text--lead">
        {nearMisses > 0
          ? `${nearMisses === 1 ? 'Un service était' : `${nearMisses} services étaient`} tout près de te correspondre : ${
              nearMisses === 1 ? 'il a' : 'ils ont'
            } une seule condition que tu ne remplis pas (par exemple l’âge ou la situation).`
          : 'Les services proposés ici pour ce thème s’adressent à d’autres situations que la tienne.'}{' '}
        Ce n’est pas une impasse : voici ce que tu peux essayer.
      </p>
      <ul className="fr-mb-4w">
        <li className="fr-mb-2w">
          <Link href={editHref} prefetch={false} className="fr-link">
            Vérifier ou changer une réponse
          </Link>{' '}
          — par exemple si tu as répondu un peu vite ou si « Je ne sais pas » correspond mieux.
        </li>
        <li className="fr-mb-2w">
          <Link href={communePath(result.commune.code)} prefetch={false} className="fr-link">
            Regarder un autre thème
          </Link>{' '}
          — emploi, formation, logement… les pros se connaissent et se passent le relais.
        </li>
        <li>
          <a href={INFO_JEUNES_URL} className="fr-link" target="_blank" rel="noopener" title="Info Jeunes — nouvelle fenêtre">
            Poser ta question au réseau Info Jeunes
          </a>{' '}
          — gratuit, sans rendez-vous, pour tous les 15–30 ans.
        </li>
      </ul>
      <OtherOptions result={result} />
    </>
  )
}

function OtherOptions({ result }: { result: MatchResult }) {
  return (
    <p>
      <Link href={territoryPath(result.territory.slug)} prefetch={false} className="fr-link fr-icon-arrow-right-line fr-link--icon-right">
        Tous les pros du territoire {result.territory.name}
      </Link>
    </p>
  )
}
