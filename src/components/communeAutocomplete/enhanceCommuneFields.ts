/**
 * The commune field's autocomplete, in the browser: every `input[data-commune-autocomplete]` (a plain text field
 * of a GET form, which works alone: the form lists the matching communes) becomes an ARIA 1.2 combobox that
 * suggests communes as you type (GET /api/boussole/communes). Picking one adds a hidden `code`, so the form goes
 * straight to the commune.
 *
 * Shipped as it is to the browser (`src/app/(frontend)/assets/site.js`): the function is self-contained — it
 * uses nothing from this module's scope, only the browser's own objects — because its source text is the script.
 * No framework: the public site's pages ship no React runtime (see `npm run measure:web`).
 */
export function enhanceCommuneFields(): void {
  const MIN_LENGTH = 2
  const DEBOUNCE_MS = 200

  interface Suggestion {
    code: string
    name: string
    postalCodes: string[]
    departement: { code: string; name: string } | null
    territory: { slug: string; name: string } | null
    /** No name matched what was typed: a commune a few typing mistakes away (« Tu voulais dire … ? »). */
    suggested?: true
  }

  const optionLabel = (suggestion: Suggestion) => (suggestion.postalCodes[0] ? `${suggestion.name} (${suggestion.postalCodes[0]})` : suggestion.name)
  const plural = (count: number) => (count > 1 ? 's' : '')

  function statusText(results: Suggestion[]): string {
    if (results.length === 0) return 'Aucune commune trouvée. Vérifie l’orthographe ou essaie ton code postal.'
    const count = `${results.length} commune${plural(results.length)} proposée${plural(results.length)}`
    return results[0].suggested
      ? `Aucune commune ne s’écrit ainsi. Tu voulais dire : ${count}. Utilise les flèches haut et bas pour choisir.`
      : `${count}. Utilise les flèches haut et bas pour choisir.`
  }

  function enhance(input: HTMLInputElement, index: number): void {
    const listId = `${input.id || 'commune'}-suggestions-${index}`
    const statusId = `${input.id || 'commune'}-status-${index}`
    const list = document.createElement('ul')
    list.id = listId
    list.className = 'boussole-combobox__list'
    list.setAttribute('role', 'listbox')
    list.hidden = true
    const status = document.createElement('p')
    status.id = statusId
    status.className = 'fr-sr-only'
    status.setAttribute('role', 'status')
    input.after(list, status)

    input.setAttribute('role', 'combobox')
    input.setAttribute('aria-autocomplete', 'list')
    input.setAttribute('aria-expanded', 'false')
    input.setAttribute('aria-controls', listId)
    input.setAttribute('aria-describedby', [input.getAttribute('aria-describedby'), statusId].filter(Boolean).join(' '))

    let suggestions: Suggestion[] = []
    let active = -1
    let open = false
    let chosen: HTMLInputElement | null = null
    let request: AbortController | null = null
    let timer: ReturnType<typeof setTimeout> | null = null

    function render(): void {
      const expanded = open && suggestions.length > 0
      list.hidden = !expanded
      input.setAttribute('aria-expanded', String(expanded))
      list.setAttribute('aria-label', suggestions[0]?.suggested ? 'Tu voulais dire' : 'Communes proposées')
      if (expanded && active >= 0) input.setAttribute('aria-activedescendant', `${listId}-${active}`)
      else input.removeAttribute('aria-activedescendant')
      list.querySelectorAll('[role=option]').forEach((option, position) => option.setAttribute('aria-selected', String(position === active)))
      list.querySelector('[aria-selected=true]')?.scrollIntoView({ block: 'nearest' })
    }

    function show(results: Suggestion[]): void {
      suggestions = results
      active = -1
      open = results.length > 0
      list.replaceChildren(
        ...results.map((suggestion, position) => {
          const option = document.createElement('li')
          option.id = `${listId}-${position}`
          option.className = 'boussole-combobox__option'
          option.setAttribute('role', 'option')
          const detail = document.createElement('small')
          detail.textContent = `${suggestion.departement ? `${suggestion.departement.name} · ` : ''}${suggestion.territory ? 'Boussole disponible' : 'Boussole pas encore disponible'}`
          option.append(optionLabel(suggestion), detail)
          // Keeps the focus in the field (a click would blur it first and close the list).
          option.addEventListener('mousedown', (event) => event.preventDefault())
          option.addEventListener('click', () => choose(suggestion))
          return option
        }),
      )
      status.textContent = statusText(results)
      render()
    }

    function clear(): void {
      suggestions = []
      open = false
      active = -1
      list.replaceChildren()
      status.textContent = ''
      render()
    }

    function choose(suggestion: Suggestion): void {
      input.value = optionLabel(suggestion)
      chosen?.remove()
      chosen = document.createElement('input')
      chosen.type = 'hidden'
      chosen.name = 'code'
      chosen.value = suggestion.code
      input.after(chosen)
      open = false
      active = -1
      status.textContent = `${optionLabel(suggestion)} choisie. Appuie sur « Continuer ».`
      render()
    }

    function search(text: string): void {
      if (timer) clearTimeout(timer)
      request?.abort()
      if (text.replace(/[\s'’-]/g, '').length < MIN_LENGTH) return clear()
      timer = setTimeout(async () => {
        const controller = new AbortController()
        request = controller
        try {
          const response = await fetch(`/api/boussole/communes?limit=8&q=${encodeURIComponent(text)}`, { signal: controller.signal })
          if (!response.ok) throw new Error(String(response.status))
          show(((await response.json()) as { results: Suggestion[] }).results)
        } catch (error) {
          if ((error as Error).name !== 'AbortError') clear()
        }
      }, DEBOUNCE_MS)
    }

    input.addEventListener('input', () => {
      chosen?.remove()
      chosen = null
      search(input.value)
    })
    input.addEventListener('keydown', (event) => {
      const count = suggestions.length
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault()
        if (!count) return
        open = true
        active = event.key === 'ArrowDown' ? (active + 1) % count : active <= 0 ? count - 1 : active - 1
        render()
      } else if (event.key === 'Enter' && open && active >= 0) {
        event.preventDefault()
        choose(suggestions[active])
      } else if (event.key === 'Escape' && open) {
        event.preventDefault()
        open = false
        active = -1
        render()
      }
    })
    input.addEventListener('blur', () =>
      setTimeout(() => {
        open = false
        render()
      }, 150),
    )
    input.addEventListener('focus', () => {
      if (suggestions.length > 0 && !chosen) {
        open = true
        render()
      }
    })
  }

  document.querySelectorAll<HTMLInputElement>('input[data-commune-autocomplete]').forEach(enhance)
}
