import darkArtwork from '@codegouvfr/react-dsfr/dsfr/artwork/dark.svg'
import lightArtwork from '@codegouvfr/react-dsfr/dsfr/artwork/light.svg'
import systemArtwork from '@codegouvfr/react-dsfr/dsfr/artwork/system.svg'

export const DISPLAY_MODAL_ID = 'fr-theme-modal'

const THEMES = [
  { value: 'light', label: 'Thème clair', artwork: lightArtwork },
  { value: 'dark', label: 'Thème sombre', artwork: darkArtwork },
  { value: 'system', label: 'Système', hint: 'Utilise les paramètres de ton appareil.', artwork: systemArtwork },
] as const

const urlOf = (asset: string | { src: string }) => (typeof asset === 'string' ? asset : asset.src)

/** The DSFR's « Paramètres d'affichage » (light / dark / system), server-rendered; the DSFR script runs it. */
export function DisplaySettings() {
  return (
    <dialog id={DISPLAY_MODAL_ID} className="fr-modal" aria-labelledby={`${DISPLAY_MODAL_ID}-title`}>
      <div className="fr-container fr-container--fluid fr-container-md">
        <div className="fr-grid-row fr-grid-row--center">
          <div className="fr-col-12 fr-col-md-6 fr-col-lg-4">
            <div className="fr-modal__body">
              <div className="fr-modal__header">
                <button className="fr-btn--close fr-btn" title="Fermer" aria-controls={DISPLAY_MODAL_ID} type="button">
                  Fermer
                </button>
              </div>
              <div className="fr-modal__content">
                <h1 id={`${DISPLAY_MODAL_ID}-title`} className="fr-modal__title">
                  Paramètres d’affichage
                </h1>
                <div className="fr-display">
                  <fieldset className="fr-fieldset" id="fr-display-fieldset">
                    <legend className="fr-fieldset__legend fr-text--regular">Choisis un thème pour personnaliser l’apparence du site.</legend>
                    {THEMES.map((theme) => (
                      <div className="fr-fieldset__element" key={theme.value}>
                        <div className="fr-radio-group fr-radio-rich">
                          <input value={theme.value} type="radio" id={`fr-radios-theme-${theme.value}`} name="fr-radios-theme" />
                          <label className="fr-label" htmlFor={`fr-radios-theme-${theme.value}`}>
                            {theme.label}
                            {'hint' in theme && <span className="fr-hint-text">{theme.hint}</span>}
                          </label>
                          <div className="fr-radio-rich__img">
                            <svg aria-hidden="true" className="fr-artwork" xmlns="http://www.w3.org/2000/svg" width="80px" height="80px" viewBox="0 0 80 80">
                              {['artwork-decorative', 'artwork-minor', 'artwork-major'].map((part) => (
                                <use key={part} className={`fr-${part}`} href={`${urlOf(theme.artwork)}#${part}`} />
                              ))}
                            </svg>
                          </div>
                        </div>
                      </div>
                    ))}
                  </fieldset>
                </div>
              </div>
            </div>
          </div>
        </div>
      </div>
    </dialog>
  )
}

/** The button opening the display settings (hidden without JavaScript, which it needs). */
export function DisplaySettingsButton({ className }: { className: string }) {
  return (
    <button type="button" className={`${className} fr-icon-theme-fill`} aria-controls={DISPLAY_MODAL_ID} data-fr-opened="false">
      Paramètres d’affichage
    </button>
  )
}
