import { errorShellPage, isErrorShell } from '../../src/server/errorShellPage'

const SHELL = '<!DOCTYPE html><html id="__next_error__"><head></head><body></body></html>'

describe('isErrorShell', () => {
  it.each([
    ['Next.js’s error shell with a 500', 500, SHELL, true],
    ['with a 503', 503, SHELL, true],
    ['with a 404 (the 404 has its own page)', 404, SHELL, false],
    ['a rendered page with a 500', 500, '<html lang="fr"><body><h1>Erreur</h1></body></html>', false],
  ])('%s → %s', (_label, status, html, expected) => {
    expect(isErrorShell(status, html)).toBe(expected)
  })
})

describe('errorShellPage', () => {
  it('is a complete French page with a way back, its style allowed by this response’s nonce', () => {
    const html = errorShellPage('N0nce+/=')
    expect(html).toMatch(/^<!DOCTYPE html><html lang="fr">/)
    expect(html).toContain('<h1>Oups, quelque chose n’a pas marché</h1>')
    expect(html).toContain('<a href="/">Retour à l’accueil</a>')
    expect([...html.matchAll(/nonce="([^"]*)"/g)].map((match) => match[1])).toEqual(['N0nce+/='])
    expect(html).not.toMatch(/<script|<link/)
  })

  it('has no nonce when the response has none', () => {
    expect(errorShellPage(null)).not.toContain('nonce')
  })
})
