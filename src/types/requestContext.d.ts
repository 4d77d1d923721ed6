/**
 * The flags that travel on `req.context` from one hook (or server function) to another during one request,
 * typed by augmenting Payload's `RequestContext` (https://payloadcms.com/docs/hooks/context#typescript).
 * Every flag here is both set and read; a flag nobody reads does not belong on the context.
 */
import type { RoutingNotes } from '@/collections/Offers/hooks/routeOfferWrites'
import type { Perimeter } from '@/domain/accounts/perimeter'
import type { ContactAccess } from '@/payload-types'

declare module 'payload' {
  export interface RequestContext {
    /** Set by `markInvitation` when an account is created without a password; read by `scopeAccountWrites` (dates it) and `sendInvitation` (emails it). */
    invitation?: boolean
    /** Set by `requestEmailChange` when the owner asks for a new address; read (then removed) by `sendEmailChangeConfirmation`. */
    emailChange?: { userId: number; email: string }
    /** The caller's perimeter, resolved once per request by `getPerimeter` (src/access/perimeter.ts), for that user only. */
    boussolePerimeter?: { userId: number; perimeter: Perimeter }
    /** Set by server code reading leads for a person (`nameContactAccess`, e.g. the exports) to name the access `logContactAccess` records. */
    boussoleContactAccess?: ContactAccess['action']
    /** The login attempt recorded by `throttleLogin`, marked as succeeded by `recordLoginSuccess`. */
    'boussole.loginAttemptId'?: number
    /** Per-request notes of `routeOfferWrites` to the later offer hooks (`routingNotes`), by offer id. */
    boussoleOfferRouting?: RoutingNotes
    /** Set by server code changing a lead's status on someone's behalf (e.g. `closeByYoungPerson`); read by `recordLeadHistory` as the history entry's note. */
    boussoleHistoryNote?: string
    /** Set by `moveLead` when it hands a request to another offer; read by `recordLeadHistory`, which then writes the move's ONE history entry (its event and note) instead of a status entry. */
    boussoleLeadMove?: { event: 'reassigned' | 'forwarded'; note: string }
  }
}
