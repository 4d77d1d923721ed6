import { describe, expect, it } from '@jest/globals'

import { RICH_TEXT_LINK_POLICY, type UrlProblem, urlProblem, urlProblemMessage, WEBSITE_POLICY } from '../../src/fields/safeUrl'

/** [case, value, website, rich-text link] — null: accepted; otherwise the reason. */
const CASES: [string, string, UrlProblem | null, UrlProblem | null][] = [
  ['plain https', 'https://www.mission-locale-lot.fr', null, null],
  ['https with path, query and fragment', 'https://www.caf.fr/allocataires/aides?dept=46#logement', null, null],
  ['plain http', 'http://pij-cahors.fr', null, null],
  ['upper-case scheme', 'HTTPS://WWW.ORGANISME.FR', null, null],
  ['port', 'https://organisme.fr:8443/accueil', null, null],
  ['internationalised domain', 'https://élysée.fr', null, null],
  ['javascript:', 'javascript:alert(1)', 'scheme', 'scheme'],
  ['mixed-case javascript:', 'JaVaScRiPt:alert(1)', 'scheme', 'scheme'],
  ['javascript: after spaces', '   javascript:alert(1)', 'whitespace', 'whitespace'],
  ['javascript: after a tab', '\tjavascript:alert(1)', 'whitespace', 'whitespace'],
  ['javascript: after a newline', '\njavascript:alert(1)', 'whitespace', 'whitespace'],
  ['tab inside the scheme', 'java\tscript:alert(1)', 'whitespace', 'whitespace'],
  ['newline inside the scheme', 'java\nscript:alert(1)', 'whitespace', 'whitespace'],
  ['NUL before the scheme', '\u0000javascript:alert(1)', 'whitespace', 'whitespace'],
  ['zero-width space', '\u200bjavascript:alert(1)', 'whitespace', 'whitespace'],
  ['non-breaking space', '\u00a0https://organisme.fr', 'whitespace', 'whitespace'],
  ['trailing space', 'https://organisme.fr ', 'whitespace', 'whitespace'],
  ['percent-encoded newline in the scheme', 'java%0ascript:alert(1)', 'scheme', 'relative'],
  ['percent-encoded scheme', '%6Aavascript:alert(1)', 'scheme', 'relative'],
  ['data:', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'scheme', 'scheme'],
  ['vbscript:', 'vbscript:msgbox(1)', 'scheme', 'scheme'],
  ['file:', 'file:///etc/passwd', 'scheme', 'scheme'],
  ['ftp:', 'ftp://organisme.fr', 'scheme', 'scheme'],
  ['protocol-relative', '//evil.example', 'scheme', 'relative'],
  ['backslash protocol-relative', '/\\evil.example', 'whitespace', 'whitespace'],
  ['backslashes after the scheme', 'https:\\\\evil.example', 'whitespace', 'whitespace'],
  ['https without slashes', 'https:evil.example', 'malformed', 'malformed'],
  ['https with one slash', 'https:/evil.example', 'malformed', 'malformed'],
  ['https without host', 'https://', 'malformed', 'malformed'],
  ['credentials before the host', 'https://www.caf.fr@evil.example', 'malformed', 'malformed'],
  ['bare domain', 'www.organisme.fr', 'scheme', 'relative'],
  ['mailto', 'mailto:contact@organisme.fr', 'scheme', null],
  ['mailto with subject', 'mailto:contact@organisme.fr?subject=Boussole', 'scheme', null],
  ['mailto without address', 'mailto:', 'scheme', 'malformed'],
  ['mailto smuggling a script', 'mailto:javascript:alert(1)', 'scheme', 'malformed'],
  ['tel', 'tel:+33512345678', 'scheme', null],
  ['tel with dots', 'tel:05.12.34.56.78', 'scheme', null],
  ['tel with letters', 'tel:javascript', 'scheme', 'malformed'],
  ['site-relative path', '/territoires/lot', 'scheme', null],
  ['anchor', '#horaires', 'scheme', null],
  ['relative path without slash', 'territoires/lot', 'scheme', 'relative'],
  ['empty', '', 'empty', 'empty'],
  ['too long', `https://organisme.fr/${'a'.repeat(2100)}`, 'too-long', 'too-long'],
]

describe('safe URLs', () => {
  it.each(CASES)('%s: website and rich-text link', (_label, value, website, link) => {
    expect({ website: urlProblem(value, WEBSITE_POLICY), link: urlProblem(value, RICH_TEXT_LINK_POLICY) }).toEqual({ website, link })
  })

  it('explains the refusal in French, naming the field', () => {
    const message = urlProblemMessage('Site internet', 'javascript:alert(1)', 'scheme', WEBSITE_POLICY)
    expect(message).toBe(
      '« Site internet » : l’adresse « javascript:alert(1) » n’est pas acceptée ; seules les adresses commençant par https://, http:// sont acceptées (par exemple https://www.organisme.fr).',
    )
    expect(urlProblemMessage('Description › lien', '//evil.example', 'relative', RICH_TEXT_LINK_POLICY)).toContain('https://, http://, mailto:, tel:, / ou #')
  })

  it('never echoes control characters or a whole hostile value', () => {
    const message = urlProblemMessage('Site internet', `\u0000javascript:${'x'.repeat(500)}`, 'whitespace', WEBSITE_POLICY)
    expect(message).not.toContain('\u0000')
    expect(message.length).toBeLessThan(250)
  })
})
