import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'

import { DSFR_STYLESHEET, dsfrSubset, keepFontFaces, rebaseUrls } from '../../scripts/lib/dsfrSubset'

describe('la feuille de style DSFR du site public (npm run dsfr:css)', () => {
  test('dsfr.generated.css est à jour des sources (sinon : npm run dsfr:css)', async () => {
    expect(readFileSync(DSFR_STYLESHEET, 'utf8') === (await dsfrSubset())).toBe(true)
  }, 60_000)

  test('elle garde les classes que les pages emploient et laisse les autres', () => {
    const css = readFileSync(DSFR_STYLESHEET, 'utf8')
    for (const used of [
      '.fr-header',
      '.fr-btn',
      '.fr-tile--horizontal',
      '.fr-input',
      '.fr-radio-group',
      '.fr-alert--error',
      '.fr-icon-map-pin-2-line',
      '.fr-stepper',
    ])
      expect(css).toContain(used)
    for (const unused of ['.fr-icon-bank-line', '.fr-accordion', '.fr-sidemenu', '.fr-pagination', '.fr-range']) expect(css).not.toContain(unused)
  })

  test.each([
    [
      'Regular gardée, source woff2 seule',
      '@font-face{font-family:Marianne;font-style:normal;font-weight:400;src:url(fonts/Marianne-Regular.woff2) format("woff2"),url(fonts/Marianne-Regular.woff) format("woff")}',
      'src:url(fonts/Marianne-Regular.woff2) format("woff2")}',
    ],
    [
      'Bold gardée (guillemets)',
      '@font-face{font-family:"Marianne";font-style:normal;font-weight:700;src:url("fonts/Marianne-Bold.woff2") format("woff2"), url("fonts/Marianne-Bold.woff") format("woff")}',
      'src:url("fonts/Marianne-Bold.woff2") format("woff2")}',
    ],
    [
      'Medium retirée (dessinée avec la Regular)',
      '@font-face{font-family:Marianne;font-style:normal;font-weight:500;src:url(fonts/Marianne-Medium.woff2) format("woff2")}',
      '',
    ],
    ['italique retirée', '@font-face{font-family:Marianne;font-style:italic;font-weight:400;src:url(fonts/Marianne-Regular_Italic.woff2) format("woff2")}', ''],
    ['Spectral retirée', '@font-face{font-family:Spectral;font-style:normal;font-weight:400;src:url(fonts/Spectral-Regular.woff2) format("woff2")}', ''],
  ])('@font-face : %s', (_case, rule, kept) => {
    const result = keepFontFaces(`a{color:red}${rule}b{color:blue}`)
    expect(result).toBe(`a{color:red}${kept ? rule.slice(0, rule.indexOf('src:')) + kept : ''}b{color:blue}`)
  })

  test.each([
    ['relative au fichier source', 'url(icons/system/close-line.svg)', 'url("../../../node_modules/@codegouvfr/react-dsfr/dsfr/icons/system/close-line.svg")'],
    [
      'remontée d’un dossier',
      'url("../../icons/arrows/arrow-down-line.svg")',
      'url("../../../node_modules/@codegouvfr/react-dsfr/dsfr/icons/arrows/arrow-down-line.svg")',
    ],
    [
      'data: laissée telle quelle',
      'url("data:image/svg+xml;charset=utf8,<svg xmlns=\'http://www.w3.org/2000/svg\'/>")',
      'url("data:image/svg+xml;charset=utf8,<svg xmlns=\'http://www.w3.org/2000/svg\'/>")',
    ],
  ])('url() : %s', (_case, url, rebased) => {
    const source = ['dsfr.min.css', 'icons.min.css'][url.includes('../../') ? 1 : 0]
    const sourceFile = `${process.cwd()}/node_modules/@codegouvfr/react-dsfr/dsfr/${source === 'dsfr.min.css' ? '' : 'utility/icons/'}${source}`
    expect(rebaseUrls(`.x{mask-image:${url}}`, sourceFile, DSFR_STYLESHEET)).toBe(`.x{mask-image:${rebased}}`)
  })

  test('un fichier absent du DSFR est une erreur, pas une image manquante en production', () => {
    expect(() =>
      rebaseUrls('.x{background:url(icons/nope.svg)}', `${process.cwd()}/node_modules/@codegouvfr/react-dsfr/dsfr/dsfr.min.css`, DSFR_STYLESHEET),
    ).toThrow('introuvable')
  })
})
