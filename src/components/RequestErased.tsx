import Link from 'next/link'
import type { ReactNode } from 'react'

import { ERASED_DONE } from '@/plugins/boussole/server'

/** What every signed page of a request says once the young person withdrew it (their data is erased). */
export function RequestErased({
  title = 'Cette demande a été retirée',
  children = <p>Tu peux faire une nouvelle recherche quand tu veux.</p>,
}: {
  title?: string
  children?: ReactNode
}) {
  return (
    <div className="fr-container fr-pt-6w">
      <h1>{title}</h1>
      <p>{ERASED_DONE}</p>
      {children}
      <Link href="/" prefetch={false} className="fr-btn">
        Nouvelle recherche
      </Link>
    </div>
  )
}
