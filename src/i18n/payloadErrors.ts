import { fr } from '@payloadcms/translations/languages/fr'
import type { AfterErrorHook } from 'payload'

import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '@/database/databaseUnavailable'

/**
 * Payload translates most of its messages with `req.t` (the config allows French only), but a few are
 * written in English in its code: a bad reset token, the upload checks (file type, SVG content, PDF), the
 * multipart limits, the « following fields are invalid » summary of errors thrown without `t`, and the
 * « Something went wrong. » that replaces an internal error. This table gives their French wording (Payload's
 * own French translation when it has one). Anything else is returned as it is.
 */
type Rule = [RegExp, string | ((...groups: string[]) => string)]

const FR = fr.translations.error
/** French typography: a no-break space before « : », as in Payload's French. */
const COLON = '\u00a0:'

const RULES: Rule[] = [
  [/^Token is either invalid or has expired\.?$/, `Le lien de réinitialisation n’est pas valide ou a expiré${COLON} demandez-en un nouveau.`],
  [/^Verification token is invalid\.?$/, FR.verificationTokenInvalid],
  [/^Something went wrong\.?$/, FR.unspecific],
  [/^Server error$/, FR.unspecific],
  [/^File size limit has been reached$/, 'Le fichier est trop volumineux.'],
  [/^Multipart request size limit has been reached$/, 'La requête est trop volumineuse.'],
  [/^Multipart limit has been reached$/, 'La requête contient trop de fichiers ou de champs.'],
  [
    /^File type (\S+) \(from extension (\S*)\) is not allowed\.$/,
    (type, ext) => `Ce type de fichier n’est pas accepté${COLON} ${type}${ext ? ` (extension .${ext})` : ''}.`,
  ],
  [/^Invalid MIME type: (\S+?)\.$/, (type) => `Ce type de fichier n’est pas accepté${COLON} ${type}.`],
  [/^File type '(.+)' not allowed .*Restricted file type detected.*$/s, (type) => `Ce type de fichier est interdit${COLON} ${type}.`],
  [/^SVG file contains potentially harmful content\.$/, 'Le fichier SVG contient des éléments potentiellement dangereux (script, lien externe…).'],
  [/^Invalid (or corrupted )?PDF file\.$/, 'Le fichier PDF est invalide ou endommagé.'],
  [/^Invalid or corrupted ISO base media file\.$/, 'Le fichier vidéo ou audio est invalide ou endommagé.'],
  [/^Could not read uploaded file for (validation|type detection)\.$/, 'Le fichier envoyé n’a pas pu être lu.'],
  [/^SVG and XML files must be uploaded through Payload\.$/, 'Les fichiers SVG et XML doivent être envoyés par le formulaire.'],
  [/^Invalid filename\.$/, 'Nom de fichier invalide.'],
  [/^Invalid upload collection\.$/, 'Cette collection n’accepte pas de fichier.'],
  [/^Pasting from URL is not enabled for this collection\.$/, 'L’import depuis une adresse web n’est pas possible ici.'],
  [/^The provided URL is not allowed\.$/, 'Cette adresse web n’est pas autorisée.'],
  [/^A valid URL string is required\.$/, 'Une adresse web valide est requise.'],
  [/^Missing email\.$/, FR.missingEmail],
  [/^Missing username\.$/, 'Nom d’utilisateur manquant.'],
  [/^No User$/, FR.noUser],
  [/^Missing required data\.$/, FR.missingRequiredData],
  [/^Missing ID of document to update\.$/, FR.missingIDOfDocument],
  [/^Missing ID of version( to restore)?\.$/, FR.missingIDOfVersion],
  [/^ID was not specified$/, 'Identifiant manquant.'],
  [/^The following field is invalid: ?(.*)$/s, (fields) => `${FR.followingFieldsInvalid_one} ${fields}`],
  [/^The following fields are invalid: ?(.*)$/s, (fields) => `${FR.followingFieldsInvalid_other} ${fields}`],
]

function translateOne(message: string): string | undefined {
  for (const [pattern, french] of RULES) {
    const match = pattern.exec(message)
    if (match) return typeof french === 'string' ? french : french(...match.slice(1))
  }
  return undefined
}

/** The French wording of one of Payload's English messages; any other message unchanged. */
export function frenchErrorMessage(message: string): string {
  if (typeof message !== 'string' || !message) return message
  const whole = translateOne(message)
  if (whole !== undefined) return whole
  // The upload checks join their findings with « , »: translate each sentence.
  const parts = message.split(/, (?=[A-Z])/)
  if (parts.length < 2) return message
  const translated = parts.map((part) => translateOne(part))
  return translated.some((part) => part !== undefined) ? parts.map((part, index) => translated[index] ?? part).join(' ') : message
}

type ErrorEntry = { message?: unknown; data?: { errors?: { message?: unknown }[] } & Record<string, unknown> } & Record<string, unknown>

const translateMessage = (message: unknown) => (typeof message === 'string' ? frenchErrorMessage(message) : message)

function translateEntry<T extends ErrorEntry>(entry: T): T {
  if (!entry || typeof entry !== 'object') return entry
  const data =
    entry.data && typeof entry.data === 'object' && Array.isArray(entry.data.errors)
      ? {
          ...entry.data,
          errors: entry.data.errors.map((error) => (error && typeof error === 'object' ? { ...error, message: translateMessage(error.message) } : error)),
        }
      : entry.data
  return { ...entry, ...(entry.message === undefined ? {} : { message: translateMessage(entry.message) }), ...(data === undefined ? {} : { data }) }
}

/** A REST error body (`{ errors: [{ message, data: { errors: [{ message, path }] } }] }`) in French. */
export function frenchErrorResult<T extends { errors?: ErrorEntry[] } & Record<string, unknown>>(result: T): T {
  if (!result || typeof result !== 'object' || !Array.isArray(result.errors)) return result
  return { ...result, errors: result.errors.map(translateEntry) }
}

const UNKNOWN_ERROR = 'An unknown error occurred.'

/**
 * Payload words an `APIError` thrown without `data` from its `name`; in the production bundle the class is
 * anonymous, the name empty, and the answer becomes « An unknown error occurred. » whatever the message was.
 * A public error (a status below 500) keeps its own message.
 */
export function withPublicMessage<T extends { errors?: ErrorEntry[] } & Record<string, unknown>>(result: T, error: unknown): T {
  const entry = Array.isArray(result?.errors) && result.errors.length === 1 ? result.errors[0] : null
  if (!entry || entry.message !== UNKNOWN_ERROR || entry.data) return result
  const { message, status, isPublic } = (error ?? {}) as { message?: unknown; status?: unknown; isPublic?: unknown }
  const publicError = isPublic === true || (typeof status === 'number' && status < 500 && isPublic !== false)
  return publicError && typeof message === 'string' && message ? { ...result, errors: [{ message }] } : result
}

/**
 * `hooks.afterError` of the config: every error Payload answers (REST and GraphQL) in French; the database out of
 * reach is a 503 that says so (`isDatabaseUnavailable`), not Payload's 500.
 */
export const frenchErrors: AfterErrorHook = ({ error, graphqlResult, result }) => {
  if (isDatabaseUnavailable(error)) {
    if (graphqlResult) return { graphqlResult: { message: DATABASE_UNAVAILABLE_MESSAGE, extensions: { statusCode: 503 } } }
    return { response: { errors: [{ message: DATABASE_UNAVAILABLE_MESSAGE }] }, status: 503 }
  }
  if (graphqlResult) {
    const extensions = graphqlResult.extensions as ErrorEntry | undefined
    return {
      graphqlResult: {
        ...graphqlResult,
        message: frenchErrorMessage(graphqlResult.message),
        ...(extensions ? { extensions: translateEntry(extensions) } : {}),
      },
    }
  }
  if (result) {
    const body = withPublicMessage(result as unknown as Parameters<typeof frenchErrorResult>[0], error)
    return { response: frenchErrorResult(body) as unknown as typeof result }
  }
}
