import { isNotFoundShell, nonceOf, withNonce } from '../../src/server/notFoundShell'

const SHELL = '<!DOCTYPE html><html id="__next_error__"><head></head><body><script nonce="abc">x</script></body></html>'
const PAGE =
  '<!DOCTYPE html><html lang="fr"><head><style nonce="old+/=">a{}</style></head><body><main id="contenu"><h1>Page introuvable</h1></main><script type="module" src="/assets/site.js" nonce="old+/=" data-boussole=""></script></body></html>'

describe('isNotFoundShell', () => {
  it.each([
    ['Next.js’s error shell with a 404', 404, SHELL, true],
    ['the same shell for a 500 (an error, not a 404)', 500, SHELL, false],
    ['a page rendered with a 404', 404, PAGE, false],
    ['a page rendered with a 200', 200, PAGE, false],
  ])('%s → %s', (_label, status, html, expected) => {
    expect(isNotFoundShell(status, html)).toBe(expected)
  })
})

describe('nonceOf', () => {
  it.each([
    ["default-src 'self'; script-src 'self' 'nonce-Qm9+/=' 'strict-dynamic'", 'Qm9+/='],
    ["script-src 'self'", null],
    [undefined, null],
    [['a', 'b'], null],
  ])('%j → %j', (policy, expected) => {
    expect(nonceOf(policy)).toBe(expected)
  })
})

describe('withNonce', () => {
  it('gives every inline style and script this response’s nonce', () => {
    const html = withNonce(PAGE, 'NEW')
    expect([...html.matchAll(/nonce="([^"]*)"/g)].map((match) => match[1])).toEqual(['NEW', 'NEW'])
    expect(html).toContain('<h1>Page introuvable</h1>')
  })

  it('drops the nonces when the response has none (nothing inline is then allowed to run)', () => {
    expect(withNonce(PAGE, null)).not.toContain('nonce=')
  })
})
