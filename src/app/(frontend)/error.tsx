'use client'

/** An unexpected failure (database down…): say so plainly, offer a way back. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="fr-container fr-pt-6w">
      <h1>Oups, quelque chose n’a pas marché</h1>
      <p className="fr-text--lead">Le service rencontre un problème passager. Réessaie dans quelques instants.</p>
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <button type="button" className="fr-btn" onClick={() => reset()}>
            Réessayer
          </button>
        </li>
        <li>
          <a href="/" className="fr-btn fr-btn--secondary">
            Retour à l’accueil
          </a>
        </li>
      </ul>
    </div>
  )
}
