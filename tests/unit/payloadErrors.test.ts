import { describe, expect, it } from '@jest/globals'

import { frenchErrorMessage, frenchErrorResult, frenchErrors, withPublicMessage } from '../../src/i18n/payloadErrors'

describe('frenchErrorMessage', () => {
  it.each([
    ['Token is either invalid or has expired.', 'Le lien de réinitialisation n’est pas valide ou a expiré\u00a0: demandez-en un nouveau.'],
    ['Verification token is invalid.', 'Le jeton de vérification n’est pas valide.'],
    ['Something went wrong.', 'Une erreur est survenue.'],
    ['File size limit has been reached', 'Le fichier est trop volumineux.'],
    ['Multipart request size limit has been reached', 'La requête est trop volumineuse.'],
    ['File type text/plain (from extension txt) is not allowed.', 'Ce type de fichier n’est pas accepté\u00a0: text/plain (extension .txt).'],
    ['File type application/octet-stream (from extension ) is not allowed.', 'Ce type de fichier n’est pas accepté\u00a0: application/octet-stream.'],
    ['Invalid MIME type: application/pdf.', 'Ce type de fichier n’est pas accepté\u00a0: application/pdf.'],
    ['SVG file contains potentially harmful content.', 'Le fichier SVG contient des éléments potentiellement dangereux (script, lien externe…).'],
    [
      "File type 'text/html' not allowed page.html: Restricted file type detected -- set 'allowRestrictedFileTypes' to true to skip this check for this Collection.",
      'Ce type de fichier est interdit\u00a0: text/html.',
    ],
    ['Invalid or corrupted PDF file.', 'Le fichier PDF est invalide ou endommagé.'],
    ['The following field is invalid: file', 'Le champ suivant n’est pas valide\u00a0: file'],
    ['The following fields are invalid: Nom, alt', 'Les champs suivants ne sont pas valides\u00a0: Nom, alt'],
    ['Missing email.', 'E-mail manquant.'],
    // one finding after the other, as the upload checks join them
    [
      'Invalid MIME type: image/gif., SVG file contains potentially harmful content.',
      'Ce type de fichier n’est pas accepté\u00a0: image/gif. Le fichier SVG contient des éléments potentiellement dangereux (script, lien externe…).',
    ],
    // already French, or unknown: unchanged
    ['L’adresse e-mail ou le mot de passe fourni est incorrect.', 'L’adresse e-mail ou le mot de passe fourni est incorrect.'],
    ['Ce champ est requis.', 'Ce champ est requis.'],
    ['Une chose, Une autre', 'Une chose, Une autre'],
    ['', ''],
  ])('%s', (english, french) => {
    expect(frenchErrorMessage(english)).toBe(french)
  })
})

describe('frenchErrorResult', () => {
  it('translates the summary and each field message, keeping everything else', () => {
    const result = {
      errors: [
        {
          name: 'ValidationError',
          message: 'The following field is invalid: file',
          data: { collection: 'media', errors: [{ path: 'file', message: 'File type text/plain (from extension txt) is not allowed.' }] },
        },
      ],
    }
    expect(frenchErrorResult(result)).toEqual({
      errors: [
        {
          name: 'ValidationError',
          message: 'Le champ suivant n’est pas valide\u00a0: file',
          data: { collection: 'media', errors: [{ path: 'file', message: 'Ce type de fichier n’est pas accepté\u00a0: text/plain (extension .txt).' }] },
        },
      ],
    })
  })

  it('leaves what it does not know alone', () => {
    expect(frenchErrorResult({ message: 'x' } as never)).toEqual({ message: 'x' })
    expect(frenchErrorResult({ errors: [{ message: 'Pas trouvé' }] })).toEqual({ errors: [{ message: 'Pas trouvé' }] })
  })

  it('the hook translates GraphQL errors too', () => {
    const hooked = frenchErrors({ graphqlResult: { message: 'Something went wrong.', extensions: { statusCode: 500 } } } as never)
    expect(hooked).toEqual({ graphqlResult: { message: 'Une erreur est survenue.', extensions: { statusCode: 500 } } })
  })
})

describe('withPublicMessage (production bundle: an APIError without data loses its name, Payload answers « An unknown error occurred. »)', () => {
  const unknown = { errors: [{ message: 'An unknown error occurred.' }] }
  const anonymousApiError = (message: string, status: number, isPublic?: boolean) => Object.assign(new Error(message), { name: '', status, isPublic })

  it.each([
    [
      'a public 403 keeps its French message',
      anonymousApiError('Ce compte a été désactivé.', 403, true),
      { errors: [{ message: 'Ce compte a été désactivé.' }] },
    ],
    ['a 409 without the public flag keeps its message (status below 500)', anonymousApiError('Déjà répondu.', 409), { errors: [{ message: 'Déjà répondu.' }] }],
    ['an internal error stays unknown', anonymousApiError('connection refused at 10.0.0.3', 500), unknown],
    ['an error marked private stays unknown', anonymousApiError('secret detail', 400, false), unknown],
    ['no error object: unchanged', undefined, unknown],
  ])('%s', (_case, error, expected) => {
    expect(withPublicMessage(unknown, error)).toEqual(expected)
  })

  it('leaves any other answer as it is', () => {
    const validation = { errors: [{ message: 'Champ invalide', data: { errors: [{ path: 'status', message: 'x' }] } }] }
    expect(withPublicMessage(validation, anonymousApiError('autre', 400, true))).toBe(validation)
  })

  it('is applied by the hook before the French wording', () => {
    const hooked = frenchErrors({ error: anonymousApiError('Ce compte a été désactivé.', 403, true), result: unknown } as never) as { response: unknown }
    expect(hooked.response).toEqual({ errors: [{ message: 'Ce compte a été désactivé.' }] })
  })
})
