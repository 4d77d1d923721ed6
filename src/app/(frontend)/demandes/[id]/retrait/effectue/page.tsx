import type { Metadata } from 'next'
import Link from 'next/link'

import { ERASED_DONE } from '@/plugins/boussole/server'

import { firstParam } from '../../../../_lib/answersParam'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export const metadata: Metadata = {
  title: 'Ta demande est retirée',
  description: 'Ta demande est retirée et tes données sont effacées.',
  robots: { index: false },
}

export default async function WithdrawnPage({ searchParams }: Props) {
  const reference = firstParam((await searchParams).reference)
  const shown = reference && /^BSL-\d{4}-[A-Z0-9]{6}$/.test(reference) ? reference : null
  return (
    <div className="fr-container fr-pt-6w">
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-md-8">
          <div className="fr-alert fr-alert--success fr-mb-4w">
            <h1 className="fr-alert__title">C’est fait : ta demande{shown ? ` ${shown}` : ''} est retirée</h1>
            <p>L’organisme est prévenu. {ERASED_DONE}</p>
          </div>
          <p>Tu peux faire une nouvelle recherche quand tu veux.</p>
          <Link href="/" prefetch={false} className="fr-btn">
            Retour à l’accueil
          </Link>
        </div>
      </div>
    </div>
  )
}
