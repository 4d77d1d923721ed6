import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'

import { CommuneSearchForm } from '@/components/CommuneSearchForm'
import { type CommuneResult, searchCommunes } from '@/plugins/boussole/server'

import { firstParam } from '../_lib/answersParam'
import { forPage } from '../_lib/apiErrors'
import { communePath } from '../_lib/paths'
import { payloadClient } from '../_lib/payload'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = firstParam((await searchParams).q)?.trim()
  return {
    title: q ? `Communes pour « ${q.slice(0, 60)} »` : 'Choisis ta commune',
    description: 'Choisis ta commune dans la liste pour voir ce que Boussole te propose près de chez toi.',
    robots: { index: false },
  }
}

/** Where the home form lands without JavaScript: the communes matching what was typed, as links. */
export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams
  const code = firstParam(params.code)?.trim().toUpperCase()
  // Picked in the autocomplete: straight to the commune.
  if (code && /^(\d{5}|2[AB]\d{3})$/.test(code)) redirect(communePath(code))

  const q = (firstParam(params.q) ?? '').trim().slice(0, 100)
  const payload = await payloadClient()
  const outcome = q ? await forPage(() => searchCommunes(payload, q, 20)) : null
  const error = !q
    ? 'Écris le nom de ta commune ou ton code postal.'
    : outcome && !outcome.ok
      ? outcome.errors.map((e) => e.message).join(' ')
      : outcome?.ok && outcome.value.length === 0
        ? `Aucune commune ne correspond à « ${q} ». Vérifie l’orthographe ou essaie avec ton code postal.`
        : undefined
  const results = outcome?.ok ? outcome.value : []

  return (
    <div className="fr-container fr-pt-6w">
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-md-8">
          {results.length > 0 ? (
            <>
              {results[0].suggested ? (
                <>
                  <h1>Tu voulais dire… ?</h1>
                  <p>
                    Aucune commune ne s’écrit « {q} ». {results.length === 1 ? 'Celle-ci s’en approche' : 'Celles-ci s’en approchent'} :
                  </p>
                </>
              ) : (
                <>
                  <h1>Choisis ta commune</h1>
                  <p>
                    {results.length === 1 ? 'Une commune correspond' : `${results.length} communes correspondent`} à « {q} ».
                  </p>
                </>
              )}
              <ul className="fr-mb-6w">
                {results.map((commune) => (
                  <li key={commune.code} className="fr-mb-1w">
                    <CommuneLink commune={commune} />
                  </li>
                ))}
              </ul>
              <h2 className="fr-h4">Ce n’est pas dans la liste ?</h2>
              <CommuneSearchForm defaultValue={q} label="Cherche une autre commune ou un code postal" submitLabel="Chercher" />
            </>
          ) : (
            <>
              <h1>Où habites-tu ?</h1>
              <CommuneSearchForm defaultValue={q} error={error} />
            </>
          )}
        </div>
      </div>
    </div>
  )
}

function CommuneLink({ commune }: { commune: CommuneResult }) {
  const postal = commune.postalCodes.length ? ` (${commune.postalCodes.join(', ')})` : ''
  return (
    <>
      <Link href={communePath(commune.code)} prefetch={false} className="fr-link fr-text--lg">
        {commune.name}
        {postal}
      </Link>
      <br />
      <span className="fr-text--sm fr-text-mention--grey">
        {commune.departement ? `${commune.departement.name} (${commune.departement.code}) · ` : ''}
        {commune.territory ? `Boussole disponible (${commune.territory.name})` : 'Boussole pas encore disponible, on te dira vers qui te tourner'}
      </span>
    </>
  )
}
