import type { Payload } from 'payload'

import type { Actor } from '@/database/transactions'

import { demoOffer } from '../helpers/demoOffer'

/** Demo accounts used by the back-office workflow tests (src/seed/users.ts). */
export const PASSWORD = 'Boussole-demo-2026!'
export const ML_LOT_PRO = 'pro.missionlocale46@boussole.test'
export const FJT_LOT_PRO = 'pro.fjt-lot@boussole.test'
export const ML_SICOVAL_PRO = 'pro.missionlocale-sicoval@boussole.test'
export const LOT_ANIMATOR = 'animateur.lot@boussole.test'
export const SICOVAL_ANIMATOR = 'animateur.sicoval@boussole.test'

/** The full account, as the admin session would hold it. */
export async function actor(payload: Payload, email: string): Promise<Actor> {
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  })
  if (!docs[0]) throw new Error(`Compte de démonstration introuvable : ${email}`)
  return { ...docs[0], collection: 'users' } as Actor
}

export const offerByTitle = demoOffer
