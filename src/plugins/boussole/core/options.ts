import type { Access, BaseFilter, Payload, PayloadRequest } from 'payload'

import type { Perimeter } from '@/domain/accounts/perimeter'
import { checkRole } from '@/domain/accounts/roles'

import { systemClock, type Clock } from './clock'

/**
 * The application's access rules the plugin applies to its own collections and endpoints (as Payload's
 * ecommerce plugin takes its `access` option): the plugin never decides who sees what by itself.
 */
export interface BoussoleAccess {
  /** National administrators only. */
  adminOnly: Access
  /** Rows whose `territory` is within the caller's perimeter (the contact-access log). */
  territoryRows: Access
  /** Rows whose `territory` is within the perimeter of an administrator or an animator (the search log). */
  staffTerritoryRows: Access
  /** What the signed-in caller may see, for the endpoints that scope their answer (statistics, imports). */
  perimeter: (req: PayloadRequest) => Promise<Perimeter>
  /** Narrows the admin's lists of the plugin's territory rows (searches, contact accesses) on top of access, e.g. to one chosen territory. */
  territoryListFilter?: BaseFilter
}

const adminOnlyByDefault: Access = ({ req }) => checkRole(['admin'], req.user)

/** Without the application's rules, only national administrators see anything (the safe default). */
const DEFAULT_ACCESS: BoussoleAccess = {
  adminOnly: adminOnlyByDefault,
  territoryRows: adminOnlyByDefault,
  staffTerritoryRows: adminOnlyByDefault,
  perimeter: async (req) => (checkRole(['admin'], req.user) ? { kind: 'all' } : { kind: 'none' }),
}

/** What `boussolePlugin(options)` accepts; every option has a default. */
export interface BoussolePluginOptions {
  /** Who may read the plugin's collections and call its scoped endpoints (default: administrators only). */
  access?: Partial<BoussoleAccess>
  /** Source of the current time; tests pass a controllable clock to run the SLA timeline. */
  clock?: Clock
  /** Public address of the site, used in emails (default: PUBLIC_URL). */
  publicUrl?: string
  /** Sender of the service's emails (default: the email adapter's default sender). */
  senderAddress?: string
  sla?: {
    /** Remind the partner this many hours before the due date when the lead is still new. Default 24. */
    reminderHoursBeforeDue?: number
    /** Ask the young person « Avez-vous été contacté(e) ? » this many days after the due date. Default 3. */
    followUpDaysAfterDue?: number
    /** Escalate overdue leads to the territory's animators by email. Default true. */
    escalateToAnimators?: boolean
    /** Cron of the weekly digest of overdue leads sent to animators (Europe/Paris). Default Monday 8:00. */
    weeklyDigestCron?: string
  }
  retention?: {
    /** Personal data of closed leads is erased this many months after closing. Default 12. */
    monthsAfterClosing?: number
    /** Leads never closed are erased this many months after creation. Default 18. */
    monthsAfterCreationIfOpen?: number
    /** Entries of the log of accesses to young people's contact details are deleted after this many months. Default 12. */
    contactAccessLogMonths?: number
  }
  /**
   * Limits per client address (IPv4 address or IPv6 /64, see `leads/clientIp.ts`). The lead defaults let a
   * class of 30 behind one school or Mission Locale address each send two requests within the hour, and stop
   * a script after 60 in an hour or 150 in a day.
   */
  rateLimits?: {
    /** Lead submissions per client address per hour. Default 60. */
    leadsPerIpPerHour?: number
    /** Lead submissions per client address per 24 hours. Default 150. */
    leadsPerIpPerDay?: number
    /** Lead submissions per contact (email or phone) per 24 hours, counted from the same client address. Default 5. */
    leadsPerContactPerDay?: number
    /** Acknowledgement emails to one email address per 24 hours, whoever submits (beyond, the lead is still accepted). Default 5. */
    acknowledgementsPerEmailPerDay?: number
    /** Acknowledgement SMS to one phone number per 24 hours, whoever submits (beyond, the lead is still accepted). Default 3. */
    acknowledgementsPerPhonePerDay?: number
    /** Failed logins per client address per window, whatever the accounts (password spraying). Default 10. */
    loginFailuresPerIp?: number
    /** Failed logins for one account from one client address per window. Default 5. */
    loginFailuresPerAccountAndIp?: number
    /** Forgot-password requests per client address per window. Default 5. */
    forgotPasswordPerIp?: number
    /** Window of the login limits, in minutes. Default 15. */
    loginWindowMinutes?: number
  }
  cache?: {
    /**
     * Communes, territories, questionnaires and offers are kept in memory for the public API. Changes made
     * in this process are seen at once; changes made by another process (worker, second server, script)
     * are noticed within this many milliseconds. Default 1000.
     */
    revalidateMs?: number
  }
  emailRetries?: {
    /** Attempts before an email job is given up (it stays visible in the jobs queue). Default 10. */
    attempts?: number
    /** First backoff delay in ms, doubled at each attempt. Default 30 s. */
    initialDelayMs?: number
  }
}

export type BoussoleSettings = {
  access: BoussoleAccess
  clock: Clock
  publicUrl?: string
  senderAddress?: string
  sla: Required<NonNullable<BoussolePluginOptions['sla']>>
  retention: Required<NonNullable<BoussolePluginOptions['retention']>>
  rateLimits: Required<NonNullable<BoussolePluginOptions['rateLimits']>>
  cache: Required<NonNullable<BoussolePluginOptions['cache']>>
  emailRetries: Required<NonNullable<BoussolePluginOptions['emailRetries']>>
}

export function sanitizeOptions(options: BoussolePluginOptions = {}): BoussoleSettings {
  return {
    access: { ...DEFAULT_ACCESS, ...options.access },
    clock: options.clock ?? systemClock,
    publicUrl: options.publicUrl,
    senderAddress: options.senderAddress,
    sla: {
      reminderHoursBeforeDue: 24,
      followUpDaysAfterDue: 3,
      escalateToAnimators: true,
      weeklyDigestCron: '0 8 * * 1',
      ...options.sla,
    },
    retention: { monthsAfterClosing: 12, monthsAfterCreationIfOpen: 18, contactAccessLogMonths: 12, ...options.retention },
    rateLimits: {
      leadsPerIpPerHour: 60,
      leadsPerIpPerDay: 150,
      leadsPerContactPerDay: 5,
      acknowledgementsPerEmailPerDay: 5,
      acknowledgementsPerPhonePerDay: 3,
      loginFailuresPerIp: 10,
      loginFailuresPerAccountAndIp: 5,
      forgotPasswordPerIp: 5,
      loginWindowMinutes: 15,
      ...options.rateLimits,
    },
    cache: { revalidateMs: 1000, ...options.cache },
    emailRetries: { attempts: 10, initialDelayMs: 30_000, ...options.emailRetries },
  }
}

/** The plugin's settings, as stored in the sanitised config (`custom.boussole`). */
export function getSettings(payload: Payload): BoussoleSettings {
  const settings = payload.config.custom?.boussole as BoussoleSettings | undefined
  if (!settings) throw new Error('boussolePlugin is not registered in payload.config.ts')
  return settings
}

/** Current time according to the plugin's clock. */
export const now = (payload: Payload): Date => getSettings(payload).clock.now()
