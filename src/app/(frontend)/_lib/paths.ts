import { encodeAnswers, type StoredAnswers } from './answersParam'

/** Every public URL of the flow, built in one place. */

export const communePath = (code: string) => `/commune/${encodeURIComponent(code)}`

const withAnswers = (path: string, answers?: StoredAnswers, extra: Record<string, string> = {}) => {
  const query = new URLSearchParams()
  if (answers && Object.keys(answers).length) query.set('r', encodeAnswers(answers))
  for (const [key, value] of Object.entries(extra)) query.set(key, value)
  const text = query.toString()
  return text ? `${path}?${text}` : path
}

/** `show`: the question to show again (`voir`); `step`: the step to show again (`etape`, 1-based), in a questionnaire with steps. */
export const questionsPath = (code: string, theme: string, answers?: StoredAnswers, show?: string, step?: number) =>
  withAnswers(`${communePath(code)}/${encodeURIComponent(theme)}/questions`, answers, {
    ...(show ? { voir: show } : {}),
    ...(step ? { etape: String(step) } : {}),
  })

export const resultsPath = (code: string, theme: string, answers: StoredAnswers) =>
  withAnswers(`${communePath(code)}/${encodeURIComponent(theme)}/resultats`, answers)

export const offerPath = (id: number | string, context?: { commune: string; answers: StoredAnswers }) =>
  context ? withAnswers(`/offre/${id}`, context.answers, { commune: context.commune }) : `/offre/${id}`

export const territoryPath = (slug: string) => `/territoires/${encodeURIComponent(slug)}`

export const INFO_JEUNES_URL = 'https://www.info-jeunes.fr/'

/** A route parameter as typed (percent-decoded when needed); a malformed escape is kept as is, never a crash. */
export function routeParam(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

/** A request's own page (signed `status` link), with what just happened (`fait`) when there is something to say. */
export const requestStatusPath = (id: string | number, token: string, done = ''): string =>
  `/demandes/${encodeURIComponent(String(id))}?token=${encodeURIComponent(token)}${done ? `&fait=${done}` : ''}`

/** « Je n'en ai plus besoin »: the confirmation page before the request is ended. */
export const noLongerNeededPath = (id: string | number, token: string): string =>
  `/demandes/${encodeURIComponent(String(id))}/plus-besoin?token=${encodeURIComponent(token)}`
