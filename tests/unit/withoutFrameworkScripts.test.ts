import { describe, expect, test } from '@jest/globals'

import { withoutFrameworkScripts } from '../../src/server/withoutFrameworkScripts'

const page = (head: string, body: string) => `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"/>${head}</head><body>${body}</body></html>`

describe('les pages publiques sans le moteur de Next.js', () => {
  test.each([
    ['un script du framework', '<script src="/_next/static/chunks/0ybv8mj2f-1lj.js" async="" nonce="abc"></script>', ''],
    ['le contenu React en ligne', '<script nonce="abc">self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>', ''],
    ['un script qui contient « </ » échappé', '<script>self.__next_f.push([1,"\\u003c/script\\u003e"])</script>', ''],
    ['un préchargement de script', '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>', ''],
    ['un préchargement de script (attributs dans l’autre ordre)', '<link as="script" rel="preload" href="/_next/static/chunks/a.js"/>', ''],
    ['un préchargement de module', '<link rel="modulepreload" href="/_next/static/chunks/b.js"/>', ''],
    ['un script polyfill nomodule', '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>', ''],
    ['le script du site', '<script type="module" src="/assets/site.js?v=1" nonce="abc" data-boussole=""></script>', 'same'],
    ['le script des couleurs du site', '<script nonce="abc" data-boussole="">{ const x = 1 }</script>', 'same'],
    [
      'un préchargement de police',
      '<link rel="preload" href="/_next/static/media/Marianne-Bold.woff2" as="font" type="font/woff2" crossorigin="anonymous"/>',
      'same',
    ],
    ['une feuille de style', '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>', 'same'],
    ['un attribut qui ressemble sans l’être', '<script data-boussole-not="1">x()</script>', ''],
  ])('%s', (_case, markup, expected) => {
    const result = withoutFrameworkScripts(page(markup, '<main>Bonjour</main>'))
    expect(result).toEqual({ html: page(expected === 'same' ? markup : expected, '<main>Bonjour</main>'), kept: false })
  })

  test('le contenu de la page reste intact, formulaires et noscript compris', () => {
    const body =
      '<main id="contenu"><form action="" method="POST"><input type="hidden" name="$ACTION_ID_abc"/><button>Envoyer</button></form><noscript><style>.x{}</style></noscript></main><script>self.__next_f.push([0])</script>'
    expect(withoutFrameworkScripts(page('', body)).html).toBe(page('', body.replace('<script>self.__next_f.push([0])</script>', '')))
  })

  test.each([
    ['un segment envoyé plus tard', '<div hidden id="S:0"><p>plus tard</p></div><script>$RC("B:0","S:0")</script>'],
    ['un emplacement en attente', '<template id="B:1"></template><p>Chargement…</p>'],
  ])('une page dont une partie arrive après coup garde ses scripts : %s', (_case, body) => {
    const html = page('<script src="/_next/static/chunks/a.js" async=""></script>', body)
    expect(withoutFrameworkScripts(html)).toEqual({ html, kept: true })
  })

  test('la coquille d’erreur de Next.js (page 404 dessinée dans le navigateur) garde ses scripts', () => {
    const html =
      '<!DOCTYPE html><html id="__next_error__"><head><script src="/_next/static/chunks/a.js" async=""></script></head><body><div hidden=""></div><script>self.__next_f.push([1,"404"])</script></body></html>'
    expect(withoutFrameworkScripts(html)).toEqual({ html, kept: true })
  })
})
