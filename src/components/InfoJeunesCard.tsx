import type { InfoJeunesStructure } from '@/plugins/boussole/server'

/** An Info Jeunes structure, with the contacts it chose to publish. */
export function InfoJeunesCard({ structure }: { structure: InfoJeunesStructure }) {
  return (
    <div className="fr-card fr-card--no-arrow">
      <div className="fr-card__body">
        <div className="fr-card__content">
          <h3 className="fr-card__title">{structure.name}</h3>
          <div className="fr-card__desc">
            {(structure.address || structure.commune) && (
              <p className="fr-mb-1w">
                <span className="fr-icon-map-pin-2-line fr-icon--sm" aria-hidden="true" /> {[structure.address, structure.commune].filter(Boolean).join(', ')}
              </p>
            )}
            {structure.phone && (
              <p className="fr-mb-1w">
                <span className="fr-icon-phone-line fr-icon--sm" aria-hidden="true" />{' '}
                <a href={`tel:${structure.phone.replace(/[^\d+]/g, '')}`}>{structure.phone}</a>
              </p>
            )}
            {structure.email && (
              <p className="fr-mb-1w">
                <span className="fr-icon-mail-line fr-icon--sm" aria-hidden="true" /> <a href={`mailto:${structure.email}`}>{structure.email}</a>
              </p>
            )}
            {structure.website && (
              <p className="fr-mb-0">
                <a href={structure.website} target="_blank" rel="noopener" title={`Site de ${structure.name} — nouvelle fenêtre`}>
                  Site internet
                </a>
              </p>
            )}
          </div>
        </div>
      </div>
    </div>
  )
}
