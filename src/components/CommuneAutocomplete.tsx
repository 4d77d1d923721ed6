'use client'

import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'

interface Suggestion {
  code: string
  name: string
  postalCodes: string[]
  departement: { code: string; name: string } | null
  territory: { slug: string; name: string } | null
  /** No name matched what was typed: a commune a few typing mistakes away (« Tu voulais dire … ? »). */
  suggested?: true
}

interface Props {
  inputId: string
  name: string
  defaultValue?: string
  describedBy?: string
  invalid?: boolean
}

const MIN_LENGTH = 2
const DEBOUNCE_MS = 200

const optionLabel = (suggestion: Suggestion) => (suggestion.postalCodes[0] ? `${suggestion.name} (${suggestion.postalCodes[0]})` : suggestion.name)

/**
 * The commune field. Server-rendered as a plain text input (the form then lists matching communes);
 * once JavaScript runs it becomes an ARIA 1.2 combobox suggesting communes as you type
 * (GET /api/boussole/communes). Picking one fills a hidden `code` so the form goes straight to it.
 */
export function CommuneAutocomplete({ inputId, name, defaultValue = '', describedBy, invalid }: Props) {
  const listId = useId()
  const statusId = useId()
  const [enhanced, setEnhanced] = useState(false)
  const input = useRef<HTMLInputElement>(null)
  const [code, setCode] = useState<string | null>(null)
  const [suggestions, setSuggestions] = useState<Suggestion[]>([])
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const [status, setStatus] = useState('')
  const request = useRef<AbortController | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)

  useEffect(() => setEnhanced(true), [])
  useEffect(
    () => () => {
      request.current?.abort()
      if (timer.current) clearTimeout(timer.current)
    },
    [],
  )

  function search(text: string) {
    if (timer.current) clearTimeout(timer.current)
    request.current?.abort()
    if (text.replace(/[\s'’-]/g, '').length < MIN_LENGTH) {
      setSuggestions([])
      setOpen(false)
      setStatus('')
      return
    }
    timer.current = setTimeout(async () => {
      const controller = new AbortController()
      request.current = controller
      try {
        const response = await fetch(`/api/boussole/communes?limit=8&q=${encodeURIComponent(text)}`, { signal: controller.signal })
        if (!response.ok) throw new Error(String(response.status))
        const { results } = (await response.json()) as { results: Suggestion[] }
        setSuggestions(results)
        setActive(-1)
        setOpen(results.length > 0)
        const count = `${results.length} commune${results.length > 1 ? 's' : ''} proposée${results.length > 1 ? 's' : ''}`
        setStatus(
          results.length === 0
            ? 'Aucune commune trouvée. Vérifie l’orthographe ou essaie ton code postal.'
            : results[0].suggested
              ? `Aucune commune ne s’écrit ainsi. Tu voulais dire : ${count}. Utilise les flèches haut et bas pour choisir.`
              : `${count}. Utilise les flèches haut et bas pour choisir.`,
        )
      } catch (error) {
        if ((error as Error).name !== 'AbortError') {
          setSuggestions([])
          setOpen(false)
          setStatus('')
        }
      }
    }, DEBOUNCE_MS)
  }

  function choose(suggestion: Suggestion) {
    if (input.current) input.current.value = optionLabel(suggestion)
    setCode(suggestion.code)
    setOpen(false)
    setActive(-1)
    setStatus(`${optionLabel(suggestion)} choisie. Appuie sur « Continuer ».`)
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault()
      if (!open && suggestions.length) setOpen(true)
      setActive((index) => (suggestions.length ? (index + 1) % suggestions.length : -1))
    } else if (event.key === 'ArrowUp') {
      event.preventDefault()
      if (!open && suggestions.length) setOpen(true)
      setActive((index) => (suggestions.length ? (index <= 0 ? suggestions.length - 1 : index - 1) : -1))
    } else if (event.key === 'Enter' && open && active >= 0) {
      event.preventDefault()
      choose(suggestions[active])
    } else if (event.key === 'Escape' && open) {
      event.preventDefault()
      setOpen(false)
      setActive(-1)
    }
  }

  const expanded = open && suggestions.length > 0
  // Before hydration (or without JavaScript): a plain text field; the combobox roles come with the script.
  const combobox = enhanced
    ? {
        role: 'combobox' as const,
        'aria-autocomplete': 'list' as const,
        'aria-expanded': expanded,
        'aria-controls': listId,
        'aria-activedescendant': expanded && active >= 0 ? `${listId}-${active}` : undefined,
      }
    : {}
  return (
    <div className="boussole-combobox">
      <input
        ref={input}
        className={`fr-input${invalid ? ' fr-input--error' : ''}`}
        id={inputId}
        name={name}
        type="text"
        defaultValue={defaultValue}
        autoComplete={enhanced ? 'off' : 'address-level2'}
        {...combobox}
        aria-describedby={[describedBy, enhanced ? statusId : undefined].filter(Boolean).join(' ') || undefined}
        aria-invalid={invalid || undefined}
        required
        onChange={(event) => {
          setCode(null)
          search(event.target.value)
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onFocus={() => suggestions.length > 0 && !code && setOpen(true)}
      />
      {code && <input type="hidden" name="code" value={code} />}
      {enhanced && (
        <>
          <ul
            className="boussole-combobox__list"
            id={listId}
            role="listbox"
            aria-label={suggestions[0]?.suggested ? 'Tu voulais dire' : 'Communes proposées'}
            hidden={!expanded}
          >
            {suggestions.map((suggestion, index) => (
              <li
                key={suggestion.code}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === active}
                className="boussole-combobox__option"
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(suggestion)}
              >
                {optionLabel(suggestion)}
                <small>
                  {suggestion.departement ? `${suggestion.departement.name} · ` : ''}
                  {suggestion.territory ? 'Boussole disponible' : 'Boussole pas encore disponible'}
                </small>
              </li>
            ))}
          </ul>
          <p id={statusId} className="fr-sr-only" role="status">
            {status}
          </p>
        </>
      )}
    </div>
  )
}
