import type { Payload } from 'payload'

import { EMAIL_QUEUE } from '../../src/plugins/boussole/jobs/queues'
import { demoOffer } from '../helpers/demoOffer'

/** Demo data the lead tests rely on (src/seed). */
export const CAHORS = '46042'
export const RAMONVILLE = '31446'
export const CEJ = 'Contrat d’engagement jeune (CEJ)'
export const DRAFT_OFFER = 'Atelier CV et simulation d’entretien'
/** Formation offer of the PIJ de Figeac, for the Figeac area only. */
export const FIGEAC_ONLY_OFFER = 'Un rendez-vous au PIJ pour ton projet'
export const ML_LOT_PRO = 'pro.missionlocale46@boussole.test'
export const LOT_ANIMATOR = 'animateur.lot@boussole.test'
export const DEMO_PASSWORD = 'Boussole-demo-2026!'

/** Answers to the Emploi questionnaire that make a young person eligible for the CEJ (16–25, job seeker). */
export const eligibleAnswers = { age: 19, situation: 'demandeur_emploi', projet_emploi: 'emploi', diplome: 'bac', permis: 'non' }

/** The id of a demo offer by title, in a territory. */
export const offerId = async (payload: Payload, title: string, territory = 'lot'): Promise<number> => (await demoOffer(payload, title, territory)).id

/** A valid submission body for the offer, with overrides. */
export const leadBody = (offer: number, overrides: Record<string, unknown> = {}) => ({
  offer,
  commune: CAHORS,
  answers: eligibleAnswers,
  contact: { email: 'lea.martin@example.org', phone: '06 12 34 56 78' },
  consent: true,
  website: '',
  ...overrides,
})

export async function countRows(payload: Payload): Promise<{ leads: number; jobs: number }> {
  const [leads, jobs] = await Promise.all([
    payload.count({ collection: 'leads', overrideAccess: true }),
    payload.count({ collection: 'payload-jobs', overrideAccess: true }),
  ])
  return { leads: leads.totalDocs, jobs: jobs.totalDocs }
}

/** Runs the email jobs that are due until none is left (failed ones wait for their backoff). */
export async function runEmailJobs(payload: Payload): Promise<void> {
  for (let round = 0; round < 100; round++) {
    const result = await payload.jobs.run({ queue: EMAIL_QUEUE, limit: 20, silent: true })
    if ('noJobsRemaining' in result && result.noJobsRemaining) return
  }
  throw new Error('Email jobs never ran out')
}

/** The URL in an email's text that starts with `prefix`. */
export function linkIn(text: string, prefix: string): URL {
  const match = text.match(new RegExp(`${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^\\s]+`))
  if (!match) throw new Error(`Aucun lien ${prefix} dans :\n${text}`)
  return new URL(match[0])
}
