/** Across every public page of a preview (« Voir comme un jeune »): what the staff member is looking at, and the way out. */
export function PreviewBanner({ territory }: { territory: { id: number; name: string } }) {
  return (
    <div className="fr-notice fr-notice--warning" role="region" aria-label="Aperçu" data-testid="preview-banner">
      <div className="fr-container">
        <div className="fr-notice__body">
          <p className="fr-notice__title">Aperçu — ce territoire n’est pas encore ouvert</p>
          <p className="fr-notice__desc">
            Vous voyez le site comme un jeune de « {territory.name} » le verra. Rien n’est enregistré : ni recherche, ni demande.{' '}
            <a className="fr-notice__link" href={`/apercu/quitter?territoire=${territory.id}`}>
              Quitter l’aperçu
            </a>
          </p>
        </div>
      </div>
    </div>
  )
}
