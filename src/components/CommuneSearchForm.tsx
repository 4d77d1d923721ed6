interface Props {
  defaultValue?: string
  error?: string
  /** Visible label of the field (the page's question is the heading). */
  label?: string
  submitLabel?: string
}

/** « Où habites-tu ? »: a GET form, so it works without JavaScript; the autocomplete (the site's script) only speeds it up. */
export function CommuneSearchForm({ defaultValue, error, label = 'Ta commune ou ton code postal', submitLabel = 'Continuer' }: Props) {
  const hintId = 'commune-q-hint'
  const errorId = 'commune-q-error'
  return (
    <form method="get" action="/recherche" className="fr-mb-4w">
      <div className={`fr-input-group${error ? ' fr-input-group--error' : ''}`}>
        <label className="fr-label" htmlFor="commune-q">
          {label}
          <span className="fr-hint-text" id={hintId}>
            Par exemple : Cahors ou 46000
          </span>
        </label>
        {/* A plain text field; the site's script (`communeAutocomplete/enhanceCommuneFields.ts`) makes it a combobox. */}
        <div className="boussole-combobox">
          <input
            className={`fr-input${error ? ' fr-input--error' : ''}`}
            id="commune-q"
            name="q"
            type="text"
            defaultValue={defaultValue}
            autoComplete="address-level2"
            aria-describedby={error ? `${hintId} ${errorId}` : hintId}
            aria-invalid={error ? true : undefined}
            required
            data-commune-autocomplete=""
          />
        </div>
        {error && (
          <p className="fr-error-text" id={errorId}>
            {error}
          </p>
        )}
      </div>
      <button className="fr-btn fr-icon-arrow-right-line fr-btn--icon-right" type="submit">
        {submitLabel}
      </button>
    </form>
  )
}
