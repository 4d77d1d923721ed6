import { CommuneAutocomplete } from './CommuneAutocomplete'

interface Props {
  defaultValue?: string
  error?: string
  /** Visible label of the field (the page's question is the heading). */
  label?: string
  submitLabel?: string
}

/** « Où habites-tu ? »: a GET form, so it works without JavaScript; the autocomplete only speeds it up. */
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
        <CommuneAutocomplete
          inputId="commune-q"
          name="q"
          defaultValue={defaultValue}
          describedBy={error ? `${hintId} ${errorId}` : hintId}
          invalid={Boolean(error)}
        />
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
