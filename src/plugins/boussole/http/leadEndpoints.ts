import type { PayloadRequest } from 'payload'

import { requestClientAddress } from '@/security/clientIp'

import { submitLead } from '../leads/submitLead'
import { withdrawLead } from '../leads/withdrawLead'
import { recordFollowUp } from '../sla/recordFollowUp'
import { publicEndpoint } from './endpoint'
import { readPublicJsonBody } from './jsonBody'

const bodyOf = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  const body = await readPublicJsonBody(req)
  return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {}
}

/** POST /api/boussole/leads: a young person asks to be contacted about an offer (see `submitLead`). */
export const submitLeadEndpoint = publicEndpoint('post', '/boussole/leads', async (req) => {
  const lead = await submitLead(req.payload, await readPublicJsonBody(req), {
    ip: requestClientAddress(req.headers),
    idempotencyKey: req.headers.get('idempotency-key'),
  })
  return Response.json(lead, { status: 201, headers: { 'Cache-Control': 'no-store' } })
})

/** GET /api/boussole/leads/:id/follow-up?answer=oui|non&token=…: the one-click answer of the follow-up email. */
export const followUpEndpoint = publicEndpoint('get', '/boussole/leads/:id/follow-up', async (req) => {
  const recorded = await recordFollowUp(req.payload, {
    leadId: req.routeParams?.id,
    answer: req.searchParams.get('answer'),
    token: req.searchParams.get('token'),
  })
  return Response.json(recorded, { headers: { 'Cache-Control': 'no-store' } })
})

/** POST /api/boussole/leads/:id/withdraw with { token }: the young person withdraws and has their data erased. */
export const withdrawLeadEndpoint = publicEndpoint('post', '/boussole/leads/:id/withdraw', async (req) => {
  const { token } = await bodyOf(req)
  const withdrawn = await withdrawLead(req.payload, { leadId: req.routeParams?.id, token })
  return Response.json({ withdrawn: true, ...withdrawn }, { headers: { 'Cache-Control': 'no-store' } })
})
