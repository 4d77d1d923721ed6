'use client'

import Link from 'next/link'
import { useActionState, useEffect, useRef } from 'react'

import { ContactPreferenceFields } from './ContactPreferenceFields'
import type { LeadFormState } from './leadFormState'

interface Props {
  action: (state: LeadFormState, formData: FormData) => Promise<LeadFormState>
  initialState: LeadFormState
  offerId: number
  commune: string
  answers: string
  idempotencyKey: string
  partnerName: string
  delay: string
  /** Where to start again when the offer no longer fits the answers. */
  restartHref: string
  /**
   * This page's address: without JavaScript the browser posts there and the answer comes back with the summary of
   * errors focused (`autoFocus`, which scrolls to it). No `#fragment`: browsers skip autofocus on an address with one.
   */
  permalink: string
}

const ERROR_ORDER = [
  ['global', null],
  ['contact', 'lead-email'],
  ['email', 'lead-email'],
  ['phone', 'lead-phone'],
  ['consent', 'lead-consent'],
] as const

/**
 * « Demander à être recontacté(e) »: a server action through a plain POST form, so it works without JavaScript
 * (the page comes back with the errors); with JavaScript it stays on the page and moves focus to the errors.
 */
export function LeadForm({ action, initialState, offerId, commune, answers, idempotencyKey, partnerName, delay, restartHref, permalink }: Props) {
  const [state, formAction, pending] = useActionState(action, initialState, permalink)
  const summary = useRef<HTMLDivElement>(null)
  const { errors, values } = state
  const hasErrors = Object.entries(errors).some(([key, value]) => key !== 'stale' && value)

  useEffect(() => {
    if (hasErrors) summary.current?.focus()
  }, [state, hasErrors])

  const contactError = errors.contact
  return (
    <form action={formAction} noValidate aria-describedby="lead-intro">
      <p id="lead-intro">
        Laisse ton adresse e-mail, ton numéro de portable, ou les deux : un ou une pro de {partnerName} te recontacte {delay}.
      </p>

      {hasErrors && (
        <div className="fr-alert fr-alert--error fr-mb-3w" role="alert" tabIndex={-1} ref={summary} id="lead-errors" autoFocus>
          <h3 className="fr-alert__title">Ta demande n’est pas encore envoyée</h3>
          <ul>
            {ERROR_ORDER.filter(([key]) => errors[key]).map(([key, target]) => (
              <li key={key}>{target ? <a href={`#${target}`}>{errors[key]}</a> : errors[key]}</li>
            ))}
          </ul>
          {errors.stale && (
            <p>
              <Link href={restartHref} prefetch={false}>
                Refaire une recherche
              </Link>
            </p>
          )}
        </div>
      )}

      <input type="hidden" name="offre" value={offerId} />
      <input type="hidden" name="commune" value={commune} />
      <input type="hidden" name="r" value={answers} />
      <input type="hidden" name="cle" value={idempotencyKey} />

      <fieldset
        className={`fr-fieldset${contactError ? ' fr-fieldset--error' : ''}`}
        id="lead-contact"
        aria-labelledby={`lead-contact-legend${contactError ? ' lead-contact-messages' : ''}`}
      >
        <legend className="fr-fieldset__legend" id="lead-contact-legend">
          Comment te joindre ?<span className="fr-hint-text">Au moins l’un des deux. On ne s’en sert que pour cette demande.</span>
        </legend>
        <div className="fr-fieldset__element">
          <div className={`fr-input-group${errors.email || contactError ? ' fr-input-group--error' : ''}`}>
            <label className="fr-label" htmlFor="lead-email">
              Adresse e-mail
              <span className="fr-hint-text" id="lead-email-hint">
                Exemple : prenom.nom@exemple.fr
              </span>
            </label>
            <input
              className={`fr-input${errors.email || contactError ? ' fr-input--error' : ''}`}
              type="email"
              id="lead-email"
              name="email"
              autoComplete="email"
              spellCheck={false}
              defaultValue={values.email}
              aria-describedby={['lead-email-hint', errors.email && 'lead-email-error', contactError && 'lead-contact-messages'].filter(Boolean).join(' ')}
              aria-invalid={errors.email || contactError ? true : undefined}
            />
            {errors.email && (
              <p className="fr-error-text" id="lead-email-error">
                {errors.email}
              </p>
            )}
          </div>
        </div>
        <div className="fr-fieldset__element">
          <div className={`fr-input-group${errors.phone || contactError ? ' fr-input-group--error' : ''}`}>
            <label className="fr-label" htmlFor="lead-phone">
              Numéro de portable
              <span className="fr-hint-text" id="lead-phone-hint">
                Un numéro en 06 ou 07, par exemple 06 12 34 56 78
              </span>
            </label>
            <input
              className={`fr-input${errors.phone || contactError ? ' fr-input--error' : ''}`}
              type="tel"
              id="lead-phone"
              name="telephone"
              autoComplete="tel"
              inputMode="tel"
              defaultValue={values.phone}
              aria-describedby={['lead-phone-hint', errors.phone && 'lead-phone-error', contactError && 'lead-contact-messages'].filter(Boolean).join(' ')}
              aria-invalid={errors.phone || contactError ? true : undefined}
            />
            {errors.phone && (
              <p className="fr-error-text" id="lead-phone-error">
                {errors.phone}
              </p>
            )}
          </div>
        </div>
        <div className="fr-messages-group" id="lead-contact-messages" aria-live="polite">
          {contactError && <p className="fr-message fr-message--error">{contactError}</p>}
        </div>
      </fieldset>

      <ContactPreferenceFields channels={values.channels ?? []} moments={values.moments ?? []} />

      {/* Honeypot: people never see it, screen readers skip it; robots fill it in. */}
      <div className="boussole-honeypot" aria-hidden="true">
        <label htmlFor="lead-website">Ne remplis pas ce champ</label>
        <input type="text" id="lead-website" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <div className={`fr-checkbox-group fr-mb-3w${errors.consent ? ' fr-checkbox-group--error' : ''}`}>
        <input
          type="checkbox"
          id="lead-consent"
          name="consentement"
          value="oui"
          defaultChecked={values.consent}
          aria-describedby={errors.consent ? 'lead-consent-messages' : undefined}
          aria-invalid={errors.consent ? true : undefined}
        />
        <label className="fr-label" htmlFor="lead-consent">
          J’accepte que mes coordonnées et mes réponses soient transmises à {partnerName} pour qu’on me recontacte.
          <span className="fr-hint-text">
            Elles sont effacées au plus tard 12 mois après la fin de ta demande, et tu peux les retirer quand tu veux.{' '}
            <Link href="/donnees-personnelles" prefetch={false} target="_blank" title="Tes données personnelles — nouvelle fenêtre">
              Tes données personnelles
            </Link>
          </span>
        </label>
        <div className="fr-messages-group" id="lead-consent-messages" aria-live="polite">
          {errors.consent && <p className="fr-message fr-message--error">{errors.consent}</p>}
        </div>
      </div>

      <button type="submit" className="fr-btn fr-icon-send-plane-line fr-btn--icon-right" disabled={pending} aria-disabled={pending || undefined}>
        {pending ? 'Envoi en cours…' : 'Envoyer ma demande'}
      </button>
      {/* Said to screen readers too (RGAA 7.5); only with the framework's runtime (`npm run dev`): production pages post plainly. */}
      <p className="fr-sr-only" role="status">
        {pending ? 'Envoi de ta demande en cours…' : ''}
      </p>
    </form>
  )
}
