/**
 * The young person's answers travel in the URL (`?r=`): base64url-encoded JSON, so a reload, a back link
 * or a shared link loses nothing and no answer is stored before they ask to be contacted.
 */

/** Longest `r` accepted: a questionnaire's answers take a few hundred characters. */
const MAX_PARAM_LENGTH = 4000

export type StoredAnswers = Record<string, unknown>

export function encodeAnswers(answers: StoredAnswers): string {
  return Buffer.from(JSON.stringify(answers), 'utf8').toString('base64url')
}

/** The decoded answers; `{}` when the parameter is absent; null when it was damaged or tampered with. */
export function decodeAnswers(param: string | string[] | undefined): StoredAnswers | null {
  if (param === undefined || param === '') return {}
  if (Array.isArray(param) || param.length > MAX_PARAM_LENGTH || !/^[A-Za-z0-9_-]+$/.test(param)) return null
  try {
    const value: unknown = JSON.parse(Buffer.from(param, 'base64url').toString('utf8'))
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
    return Object.fromEntries(Object.entries(value))
  } catch {
    return null
  }
}

/** First value of a search parameter. */
export const firstParam = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value)

/** All values of a search parameter. */
export const allParams = (value: string | string[] | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value])
