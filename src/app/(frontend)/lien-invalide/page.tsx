import type { Metadata } from 'next'

import { BadRequest } from '@/components/BadRequest'
import { StartOverLinks } from '@/components/StartOverLinks'

export const metadata: Metadata = { title: 'Lien invalide', robots: { index: false } }

/** Where an address that cannot even be read (a malformed escape such as `%FF`) lands; `src/proxy.ts` serves it with 400. */
export default function InvalidLinkPage() {
  return (
    <BadRequest title="Ce lien est invalide" errors={[{ message: 'L’adresse contient des caractères qui ne peuvent pas être lus.' }]}>
      <StartOverLinks />
    </BadRequest>
  )
}
