import Link from 'next/link'

/** Where to start again from a page that leads nowhere (404, unreadable link): the commune search, the territories. */
export function StartOverLinks() {
  return (
    <ul className="fr-btns-group fr-btns-group--inline-md">
      <li>
        <Link href="/" prefetch={false} className="fr-btn">
          Chercher par commune
        </Link>
      </li>
      <li>
        <Link href="/territoires" prefetch={false} className="fr-btn fr-btn--secondary">
          Voir les territoires
        </Link>
      </li>
    </ul>
  )
}
