import { createLocalReq, type Payload, type PayloadRequest, type Where } from 'payload'

import { withinTransaction } from '@/database/transactions'
import { anonymizedData } from '@/domain/leads/anonymizedData'
import { describeAnswers } from '@/domain/leads/describeAnswers'
import { dueDate, reminderAt } from '@/domain/leads/dueDate'
import { leadReference } from '@/domain/leads/leadReference'
import type { LeadStatus } from '@/domain/leads/leadStatus'
import { evaluateRules } from '@/domain/matching/evaluateRules'
import { rulesOf } from '@/domain/matching/rulesOf'
import { isOfferValidOn } from '@/domain/offers/validity'
import { applicableQuestionnaire } from '@/domain/questionnaire/applicableQuestionnaire'
import { toQuestions } from '@/domain/questionnaire/toQuestions'
import type { Answers, Question } from '@/domain/questionnaire/types'
import { idOf, idsOf } from '@/domain/shared/ids'
import { addCalendarDays, localDateTime, zonedTimeToUtc, type CalendarDate } from '@/domain/shared/timeZone'
import { getSettings, SENT_MESSAGES_SLUG } from '@/plugins/boussole/server'

import type { Lead, Offer, Territory } from '../payload-types'
import { answersFor } from './activity/answers'
import { CLOSING_COMMENTS, COMMUNE_WEIGHTS, FIRST_NAMES, GAP_SEARCHES, LAST_NAMES, LEAD_PLAN, type LeadScenario } from './activity/plan'
import { preferencesFor } from './activity/preferences'
import { Random } from './activity/random'
import { ABSENT_MEMBER, seedAbsentMember } from './activityMembers'
import { seedDemoRescues } from './activityRescues'
import { PARTNERS, type PartnerKey } from './partners'
import { COMMUNES } from './places'
import { DEMO_ACCOUNTS } from './users'

export interface SeedActivityOptions {
  /** The activity is dated relative to this instant (default: now). */
  now?: Date
  log?: (line: string) => void
}

export interface SeedActivityResult {
  /** `skipped` when the database already holds leads. */
  status: 'created' | 'skipped'
  leads: number
  searches: number
  byStatus: Record<LeadStatus, number>
  overdue: number
  anonymized: number
  ms: number
}

const MINUTE_MS = 60_000
const HOUR_MS = 60 * MINUTE_MS
const DAY_MS = 24 * HOUR_MS
/** The searches (and the leads but the anonymised ones) span this many days before `now`. */
const WINDOW_DAYS = 12 * 7
const TOTAL_SEARCHES = 150
const NEW_LEAD_NOTE = 'Demande envoyée par le ou la jeune depuis le site.'

/**
 * Demo activity for the back-office dashboards: about 20 leads per demo territory at every stage of their
 * life (due today or tomorrow, overdue and escalated, in progress, closed with an outcome, followed up,
 * anonymised) and about 150 anonymous searches, all dated relative to `now` over the last 12 weeks.
 * Answers are valid for the questionnaire and eligible for the offer, as the real intake requires.
 * Written through the Local API in one transaction; sends no email and queues no job (leads have no
 * notifying hook: the intake notifies explicitly). Does nothing when leads already exist.
 * Requires the demo data (seedDemoData).
 */
export async function seedDemoActivity(payload: Payload, { now = new Date(), log = () => {} }: SeedActivityOptions = {}): Promise<SeedActivityResult> {
  const startedAt = performance.now()
  const req = await createLocalReq({}, payload)
  const result: SeedActivityResult = {
    status: 'created',
    leads: 0,
    searches: 0,
    byStatus: { nouvelle: 0, en_cours: 0, cloturee: 0 },
    overdue: 0,
    anonymized: 0,
    ms: 0,
  }
  let absentMember = null as { id: number; name: string } | null
  await withinTransaction(req, async () => {
    const { totalDocs } = await payload.count({ collection: 'leads', overrideAccess: true, req })
    if (totalDocs > 0) {
      result.status = 'skipped'
    } else {
      const world = await loadWorld(payload, req)
      const missionLocaleLot = world.partners.get('missionLocaleLot')
      absentMember = missionLocaleLot === undefined ? null : await seedAbsentMember(payload, req, missionLocaleLot, now)
      const seeder = new ActivitySeeder(payload, req, world, now, absentMember)
      await seeder.seedLeads(result)
      await seeder.seedSearches(result)
      await seedDemoRescues(payload, req)
    }
  })
  result.ms = Math.round(performance.now() - startedAt)
  if (result.status === 'skipped') log('Activité de démonstration : des demandes existent déjà, rien à faire.')
  else {
    log(
      `Activité de démonstration : ${result.leads} demandes (${result.byStatus.nouvelle} nouvelles dont ${result.overdue} hors délai, ` +
        `${result.byStatus.en_cours} en cours, ${result.byStatus.cloturee} clôturées dont ${result.anonymized} anonymisées) ` +
        `et ${result.searches} recherches créées (${result.ms} ms).`,
    )
    if (absentMember) log(`Compte ${ABSENT_MEMBER.email} (${absentMember.name}, Mission Locale du Lot) créé, absent(e) cette semaine.`)
  }
  return result
}

/* ---------- The demo data the activity refers to ---------- */

interface OfferInfo {
  doc: Offer
  id: number
  partnerId: number
  territoryId: number
  themeId: number
  delay: number
  communeIds: number[] | null
}

interface TerritoryInfo {
  doc: Territory
  /** Demo communes the territory covers. */
  communeIds: number[]
}

interface World {
  partners: Map<PartnerKey, number>
  /** Partner id → id of its demo professional account (history entries are signed by it). */
  partnerUsers: Map<number, number>
  /** Their names (« Attribuée à … »). */
  userNames: Map<number, string>
  territories: Map<number, TerritoryInfo>
  territoryBySlug: Map<string, number>
  themeBySlug: Map<string, number>
  offers: OfferInfo[]
  communeByCode: Map<string, number>
  questionnaires: Map<string, Question[]>
}

async function loadWorld(payload: Payload, req: PayloadRequest): Promise<World> {
  const find = <T>(collection: 'partners' | 'users' | 'communes' | 'territories' | 'themes' | 'offers' | 'questionnaires', where?: Where) =>
    payload.find({ collection, where, depth: 0, pagination: false, overrideAccess: true, req }).then(({ docs }) => docs as unknown as T[])

  const partnerDocs = await find<{ id: number; name: string }>('partners', { name: { in: PARTNERS.map((partner) => partner.name) } })
  const partners = new Map<PartnerKey, number>()
  for (const partner of PARTNERS) {
    const doc = partnerDocs.find((candidate) => candidate.name === partner.name)
    if (doc) partners.set(partner.key, doc.id)
  }
  if (!partners.size) throw new Error('Activité de démonstration : lancez d’abord le jeu de démonstration (npm run seed).')

  const users = await find<{ id: number; partner?: unknown; email: string; name: string }>('users', { email: { in: Object.values(DEMO_ACCOUNTS) } })
  const partnerUsers = new Map<number, number>()
  // The first account of each organisation (by id) signs its history, whatever accounts were added since.
  for (const user of [...users].sort((a, b) => a.id - b.id)) {
    const partnerId = idOf(user.partner)
    if (partnerId !== null && !partnerUsers.has(partnerId)) partnerUsers.set(partnerId, user.id)
  }
  const userNames = new Map(users.map((user) => [user.id, user.name]))

  const communeDocs = await find<{ id: number; code: string }>('communes', { code: { in: Object.values(COMMUNES) } })
  const communeByCode = new Map(communeDocs.map((doc) => [doc.code, doc.id]))

  const territoryDocs = await find<Territory>('territories', { status: { equals: 'ouvert' } })
  const territories = new Map<number, TerritoryInfo>()
  for (const doc of territoryDocs) {
    const communeIds: number[] = []
    for (const commune of communeDocs) {
      const { totalDocs } = await payload.count({
        collection: 'territories',
        where: { and: [{ id: { equals: doc.id } }, { coveredCommunes: { contains: commune.id } }] },
        overrideAccess: true,
        req,
      })
      if (totalDocs) communeIds.push(commune.id)
    }
    if (communeIds.length) territories.set(doc.id, { doc, communeIds })
  }
  const territoryBySlug = new Map(territoryDocs.map((doc) => [doc.slug ?? '', doc.id]))

  const themeDocs = await find<{ id: number; slug: string }>('themes')
  const themeBySlug = new Map(themeDocs.map((doc) => [doc.slug, doc.id]))

  const offerDocs = await find<Offer>('offers', { status: { equals: 'publiee' } })
  const offers = offerDocs
    .filter((doc) => territories.has(idOf(doc.territory)))
    .map((doc) => ({
      doc,
      id: doc.id,
      partnerId: idOf(doc.partner),
      territoryId: idOf(doc.territory),
      themeId: idOf(doc.theme),
      delay: doc.contactDelayDays,
      communeIds: doc.coverage?.mode === 'communes' ? idsOf(doc.coverage.communes) : null,
    }))

  const questionnaireDocs = await find<{ theme: unknown; territory?: unknown; questions: Parameters<typeof toQuestions>[0] }>('questionnaires')
  const questionnaires = new Map<string, Question[]>()
  for (const territoryId of territories.keys()) {
    for (const themeId of themeBySlug.values()) {
      const applicable = applicableQuestionnaire(questionnaireDocs, themeId, territoryId)
      if (applicable) questionnaires.set(`${territoryId}:${themeId}`, toQuestions(applicable.questions))
    }
  }
  return { partners, partnerUsers, userNames, territories, territoryBySlug, themeBySlug, offers, communeByCode, questionnaires }
}

/* ---------- Dates (Paris calendar days, as the due dates) ---------- */

const today = (now: Date): CalendarDate => localDateTime(now)
const atLocal = (day: CalendarDate, hour: number, minute: number): Date => zonedTimeToUtc({ ...day, hour, minute, second: 0, millisecond: 0 })
const later = (date: Date, ms: number): Date => new Date(date.getTime() + ms)
const iso = (date: Date | null | undefined): string | null => (date ? date.toISOString() : null)

function addMonths(date: Date, months: number): Date {
  const target = new Date(date.getTime())
  const day = target.getUTCDate()
  target.setUTCDate(1)
  target.setUTCMonth(target.getUTCMonth() + months)
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(day, lastDay))
  return target
}

/* ---------- The seeder ---------- */

interface PlannedLead {
  scenario: LeadScenario
  offer: OfferInfo
  createdAt: Date
  due: Date
  takenAt: Date | null
  closedAt: Date | null
}

class ActivitySeeder {
  private readonly random = new Random(46_31_34)
  /**
   * Draws added since the first demo set (contact preferences, assignments, phone-only follow-ups) come from their
   * own generator: the leads, their dates and answers stay the same as before.
   */
  private readonly extra = new Random(12_2026)
  private readonly partnerTurn = new Map<PartnerKey, number>()
  private contactCounter = 0
  /** Searches logged just before each lead (the young person searched, then asked to be contacted). */
  private readonly leadSearches: { at: Date; territoryId: number; communeId: number; themeId: number; answers: Answers }[] = []

  constructor(
    private readonly payload: Payload,
    private readonly req: PayloadRequest,
    private readonly world: World,
    private readonly now: Date,
    /** The Mission Locale du Lot's colleague absent this week (`activityMembers.ts`). */
    private readonly absentMember: { id: number; name: string } | null,
  ) {}

  /** Latest instant an event may have happened: just before `now`. */
  private get latest(): Date {
    return new Date(this.now.getTime() - MINUTE_MS)
  }

  private clamp(date: Date, notBefore?: Date | null): Date {
    let result = date.getTime() > this.latest.getTime() ? this.latest : date
    if (notBefore && result.getTime() <= notBefore.getTime()) result = later(notBefore, MINUTE_MS)
    return result
  }

  private themeOpenAt(territoryId: number, themeId: number, at: Date): boolean {
    const territory = this.world.territories.get(territoryId)
    const row = territory?.doc.themes?.find((entry) => idOf(entry.theme) === themeId)
    if (!row || row.status !== 'ouvert') return false
    return !row.openedAt || new Date(row.openedAt).getTime() <= at.getTime()
  }

  private offerValidAt(offer: OfferInfo, at: Date): boolean {
    if (!isOfferValidOn(offer.doc, at)) return false
    return this.themeOpenAt(offer.territoryId, offer.themeId, at)
  }

  /** When the lead was sent, so that it stands where its scenario says at `now`. */
  private creationFor(scenario: LeadScenario, delay: number): Date {
    const day = today(this.now)
    const hour = this.random.int(8, 21)
    const minute = this.random.int(0, 59)
    let createdDay: CalendarDate
    switch (scenario.kind) {
      case 'today':
        createdDay = addCalendarDays(day, -delay)
        break
      case 'tomorrow':
        createdDay = addCalendarDays(day, 1 - delay)
        break
      case 'overdue':
        createdDay = addCalendarDays(day, -(scenario.daysLate ?? 1) - delay)
        break
      default:
        createdDay = addCalendarDays(day, -(scenario.daysAgo ?? 0))
    }
    const created = atLocal(createdDay, hour, minute)
    // Sent today, later than now: make it sent a little earlier today.
    if (created.getTime() >= this.now.getTime()) {
      const startOfDay = atLocal(createdDay, 0, 0)
      return new Date(Math.max(startOfDay.getTime(), this.now.getTime() - this.random.int(5, 90) * MINUTE_MS))
    }
    return created
  }

  private pickOffer(scenario: LeadScenario): PlannedLead | null {
    const partnerId = this.world.partners.get(scenario.partner)
    if (partnerId === undefined) return null
    const ofPartner = this.world.offers.filter((offer) => offer.partnerId === partnerId)
    const preferred = scenario.offer ? ofPartner.filter((offer) => offer.doc.title.startsWith(scenario.offer!)) : []
    const turn = this.partnerTurn.get(scenario.partner) ?? 0
    this.partnerTurn.set(scenario.partner, turn + 1)
    const rotated = [...ofPartner.slice(turn % Math.max(1, ofPartner.length)), ...ofPartner.slice(0, turn % Math.max(1, ofPartner.length))]
    for (const offer of [...preferred, ...rotated]) {
      const createdAt = this.creationFor(scenario, offer.delay)
      if (this.offerValidAt(offer, createdAt)) return { scenario, offer, createdAt, due: dueDate(createdAt, offer.delay), takenAt: null, closedAt: null }
    }
    return null
  }

  /** When the professional took and closed the lead, according to its scenario. */
  private handle(plan: PlannedLead): void {
    const { scenario, createdAt, due } = plan
    const span = due.getTime() - createdAt.getTime()
    const inTime = (share: number) => this.clamp(later(createdAt, Math.max(HOUR_MS, span * share)), createdAt)
    const afterDue = () => this.clamp(later(due, this.random.int(10, 40) * HOUR_MS), createdAt)
    switch (scenario.kind) {
      case 'taken':
        plan.takenAt = inTime(0.2 + this.random.next() * 0.4)
        break
      case 'taken_late':
        plan.takenAt = afterDue()
        break
      case 'closed':
      case 'anonymized':
        if (scenario.outcome === 'injoignable' || scenario.outcome === 'pas_interessee') {
          // Closed straight from « nouvelle » after trying to reach the young person, sometimes.
          plan.takenAt = this.random.chance(0.5) ? inTime(0.3) : null
        } else plan.takenAt = inTime(0.15 + this.random.next() * 0.5)
        plan.closedAt = this.clamp(
          later(plan.takenAt ?? inTime(0.6), this.random.int(1, 12) * DAY_MS + this.random.int(0, 8) * HOUR_MS),
          plan.takenAt ?? createdAt,
        )
        break
      case 'closed_late':
        plan.takenAt = afterDue()
        plan.closedAt = this.clamp(later(plan.takenAt, this.random.int(2, 9) * DAY_MS), plan.takenAt)
        break
      default:
        break
    }
  }

  private contact(via: LeadScenario['via']): { email: string | null; phone: string | null } {
    const mode =
      via ??
      this.random.weighted([
        ['email', 6],
        ['phone', 2],
        ['both', 2],
      ] as const)
    const index = ++this.contactCounter
    const ascii = (text: string) =>
      text
        .normalize('NFD')
        .replace(/\p{Diacritic}/gu, '')
        .toLowerCase()
    const email = `${ascii(this.random.pick(FIRST_NAMES))}.${ascii(this.random.pick(LAST_NAMES))}${index}@example.org`
    const phone = `+336${String(this.random.int(0, 99_999_999)).padStart(8, '0')}`
    return { email: mode === 'phone' ? null : email, phone: mode === 'email' ? null : phone }
  }

  async seedLeads(result: SeedActivityResult): Promise<void> {
    const { sla } = getSettings(this.payload)
    for (const scenario of LEAD_PLAN) {
      const plan = this.pickOffer(scenario)
      if (!plan) continue
      this.handle(plan)
      const { offer, createdAt, due, takenAt, closedAt } = plan
      const questions = this.world.questionnaires.get(`${offer.territoryId}:${offer.themeId}`)
      if (!questions) continue
      const rules = rulesOf(offer.doc)
      const answers = answersFor(questions, rules, this.random, scenario.preset)
      const territory = this.world.territories.get(offer.territoryId)!
      const communeChoices = offer.communeIds ? offer.communeIds.filter((id) => territory.communeIds.includes(id)) : territory.communeIds
      const communeId = this.pickCommune(communeChoices.length ? communeChoices : (offer.communeIds ?? territory.communeIds))
      const contact = this.contact(scenario.via)
      const status: LeadStatus = closedAt ? 'cloturee' : takenAt ? 'en_cours' : 'nouvelle'
      const byUser = this.world.partnerUsers.get(offer.partnerId) ?? null

      /* What the SLA sweep (every 10 minutes) would have done by now, so it owes nothing on these leads. */
      const handledAt = takenAt ?? closedAt
      const timeline: NonNullable<Lead['timeline']> = { takenAt: iso(takenAt), closedAt: iso(closedAt) }
      const remindAt = reminderAt(due, sla.reminderHoursBeforeDue)
      const sweep = () => this.random.int(1, 9) * MINUTE_MS
      if ((!handledAt || handledAt > remindAt) && remindAt <= this.latest && remindAt > createdAt)
        timeline.remindedAt = iso(this.clamp(later(remindAt, sweep())))
      const lateWhileNew = (!handledAt || handledAt > due) && due < this.latest
      if (lateWhileNew) timeline.escalatedAt = iso(this.clamp(later(due, sweep())))
      const followUpAt = later(due, sla.followUpDaysAfterDue * DAY_MS)
      if ((contact.email || contact.phone) && followUpAt <= this.latest) {
        // Asked by email, or by SMS when the young person left only a mobile number (as the sweep does).
        const draw = contact.email ? this.random : this.extra
        const sent = this.clamp(later(followUpAt, draw.int(1, 9) * MINUTE_MS))
        timeline.followUpSentAt = iso(sent)
        const answer = scenario.followUp ?? (draw.chance(0.4) ? (handledAt && handledAt < sent && scenario.outcome !== 'injoignable' ? 'oui' : 'non') : 'none')
        const answeredAt = new Date(Math.min(later(sent, draw.int(1, 30) * HOUR_MS).getTime(), (sent.getTime() + this.latest.getTime()) / 2))
        if (answer !== 'none' && answeredAt > sent) {
          timeline.followUpAnsweredAt = iso(answeredAt)
          timeline.contactedAccordingToYoungPerson = answer
        }
      }

      const history: NonNullable<Lead['history']> = [{ at: createdAt.toISOString(), to: 'nouvelle', note: NEW_LEAD_NOTE }]
      if (takenAt) history.push({ at: takenAt.toISOString(), by: byUser, from: 'nouvelle', to: 'en_cours' })
      if (closedAt) history.push({ at: closedAt.toISOString(), by: byUser, from: takenAt ? 'en_cours' : 'nouvelle', to: 'cloturee' })
      const assignment = this.assignment(plan, byUser)
      if (assignment) {
        history.push(assignment.entry)
        history.sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime())
      }
      const contactPreferences = scenario.kind === 'anonymized' ? null : preferencesFor(contact, this.extra)

      const closingComment = closedAt && scenario.outcome ? this.random.pick(CLOSING_COMMENTS[scenario.outcome]) : null
      // The retention sweep (daily) erased the personal data a year after closing: the same erasure as the sweep's.
      const erasure =
        scenario.kind === 'anonymized' && closedAt
          ? anonymizedData(
              { timeline, history, answers, ageBand: null },
              'retention',
              this.clamp(later(addMonths(closedAt, 12), DAY_MS + this.random.int(1, 6) * HOUR_MS)),
            )
          : null
      if (erasure) result.anonymized++

      const lead = await this.payload.create({
        collection: 'leads',
        data: {
          reference: leadReference(createdAt),
          offer: offer.id,
          partner: offer.partnerId,
          territory: offer.territoryId,
          theme: offer.themeId,
          commune: communeId,
          status,
          outcome: closedAt ? scenario.outcome : null,
          closingComment,
          contact,
          ...(contactPreferences ? { contactPreferences } : {}),
          assignee: assignment?.assignee ?? null,
          answers,
          profile: describeAnswers(questions, answers),
          consentAt: createdAt.toISOString(),
          contactDelayDays: offer.delay,
          dueAt: due.toISOString(),
          overdue: lateWhileNew,
          timeline,
          history,
          createdAt: createdAt.toISOString(),
          ...erasure,
        },
        depth: 0,
        overrideAccess: true,
        req: this.req,
      })
      await this.recordSentMessages(lead.id, contact, createdAt, timeline)
      result.leads++
      result.byStatus[status]++
      if (status === 'nouvelle' && lateWhileNew) result.overdue++
      if (this.now.getTime() - createdAt.getTime() <= WINDOW_DAYS * DAY_MS) {
        this.leadSearches.push({
          at: new Date(createdAt.getTime() - this.random.int(2, 25) * MINUTE_MS),
          territoryId: offer.territoryId,
          communeId,
          themeId: offer.themeId,
          answers,
        })
      }
    }
  }

  /**
   * The messages to the young person that left by now, in the sent-messages log as the delivery jobs record them: the
   * SMS acknowledgement of a request left with a mobile number only, and the follow-up question (by email, or by SMS
   * without an email) — so the follow-up link works and no job sends them again.
   */
  private async recordSentMessages(
    leadId: number,
    contact: { email: string | null; phone: string | null },
    createdAt: Date,
    timeline: NonNullable<Lead['timeline']>,
  ) {
    const bySmsOnly = Boolean(contact.phone && !contact.email)
    const rows: { key: string; kind: string; sentAt: string }[] = []
    if (bySmsOnly)
      rows.push({ key: `lead:${leadId}:acknowledgement:sms`, kind: 'sms-acknowledgement', sentAt: this.clamp(later(createdAt, MINUTE_MS)).toISOString() })
    if (timeline.followUpSentAt) {
      // the keys of `followUpKey` (sla/followUpKey.ts) for a request never moved
      const key = `lead:${leadId}:follow-up${bySmsOnly ? ':sms' : ''}`
      rows.push({ key, kind: bySmsOnly ? 'sms-follow-up' : 'follow-up', sentAt: timeline.followUpSentAt })
    }
    for (const row of rows) {
      await this.payload.create({ collection: SENT_MESSAGES_SLUG, data: { ...row, lead: leadId }, depth: 0, overrideAccess: true, req: this.req })
    }
  }

  /**
   * « Suivie par » as the scenario says, with its history entry (« Attribuée à … », as the request page records it):
   * `self` a few minutes after taking (or before closing), `absentColleague` within hours of the request's arrival.
   */
  private assignment(plan: PlannedLead, byUser: number | null): { assignee: number; entry: NonNullable<Lead['history']>[number] } | null {
    const { scenario, createdAt, takenAt, closedAt } = plan
    const assignee = scenario.assign === 'absentColleague' ? (this.absentMember?.id ?? null) : scenario.assign === 'self' ? byUser : null
    if (!scenario.assign || assignee === null) return null
    const name = scenario.assign === 'absentColleague' ? this.absentMember!.name : (this.world.userNames.get(assignee) ?? `#${assignee}`)
    let at = scenario.assign === 'self' && takenAt ? later(takenAt, this.extra.int(2, 20) * MINUTE_MS) : later(createdAt, this.extra.int(30, 180) * MINUTE_MS)
    const before = [closedAt, scenario.assign === 'absentColleague' ? takenAt : null].filter((date): date is Date => date !== null)
    for (const limit of before) if (at >= limit) at = new Date(limit.getTime() - MINUTE_MS)
    at = this.clamp(at, takenAt && scenario.assign === 'self' ? takenAt : createdAt)
    return { assignee, entry: { at: at.toISOString(), by: byUser, event: 'assigned', to: String(assignee), note: `Attribuée à ${name}` } }
  }

  private pickCommune(ids: readonly number[]): number {
    const codeOf = new Map([...this.world.communeByCode].map(([code, id]) => [id, code]))
    return this.random.weighted(ids.map((id) => [id, COMMUNE_WEIGHTS[codeOf.get(id) ?? ''] ?? 1] as const))
  }

  /** What the matching would have answered: eligible offers, and those kept out by a single condition. */
  private matchCounts(territoryId: number, themeId: number, communeId: number, answers: Answers, at: Date, questions: Question[]) {
    let resultCount = 0
    let nearMissCount = 0
    for (const offer of this.world.offers) {
      if (offer.territoryId !== territoryId || offer.themeId !== themeId || !this.offerValidAt(offer, at)) continue
      if (offer.communeIds && !offer.communeIds.includes(communeId)) continue
      const evaluation = evaluateRules(rulesOf(offer.doc), answers, questions)
      if (evaluation.eligible) resultCount++
      else if (evaluation.failed.length === 1) nearMissCount++
    }
    return { resultCount, nearMissCount }
  }

  private async createSearch(search: { at: Date; territoryId: number; communeId: number; themeId: number; answers: Answers }, result: SeedActivityResult) {
    const questions = this.world.questionnaires.get(`${search.territoryId}:${search.themeId}`)!
    const counts = this.matchCounts(search.territoryId, search.themeId, search.communeId, search.answers, search.at, questions)
    await this.payload.create({
      collection: 'searches',
      data: {
        territory: search.territoryId,
        commune: search.communeId,
        theme: search.themeId,
        answers: search.answers,
        ...counts,
        createdAt: search.at.toISOString(),
      },
      depth: 0,
      overrideAccess: true,
      req: this.req,
    })
    result.searches++
  }

  /** Random searches over the last 12 weeks (more recent ones a little more frequent), a few of them in the gaps of the offer. */
  async seedSearches(result: SeedActivityResult): Promise<void> {
    const searches = [...this.leadSearches]
    const randomInstant = () => {
      const daysAgo = Math.floor(WINDOW_DAYS * Math.pow(this.random.next(), 1.3))
      const day = addCalendarDays(today(this.now), -daysAgo)
      return this.clamp(atLocal(day, this.random.int(7, 23), this.random.int(0, 59)))
    }
    for (let round = 0; round < 2; round++) {
      for (const gap of GAP_SEARCHES) {
        const territoryId = this.world.territoryBySlug.get(gap.territory)
        const themeId = this.world.themeBySlug.get(gap.theme)
        const communeId = this.world.communeByCode.get(gap.commune)
        if (territoryId === undefined || themeId === undefined || communeId === undefined) continue
        const questions = this.world.questionnaires.get(`${territoryId}:${themeId}`)
        const at = randomInstant()
        if (!questions || !this.themeOpenAt(territoryId, themeId, at)) continue
        searches.push({ at, territoryId, communeId, themeId, answers: answersFor(questions, [], this.random, gap.preset) })
      }
    }
    const territories = [...this.world.territories.entries()]
    const territoryWeights = territories.map(([id, info]) => [id, info.doc.slug === 'lot' ? 4 : info.doc.slug === 'sicoval' ? 2 : 3] as const)
    let guard = 0
    while (searches.length < TOTAL_SEARCHES && guard++ < TOTAL_SEARCHES * 20) {
      const territoryId = this.random.weighted(territoryWeights)
      const at = randomInstant()
      const openThemes = [...this.world.themeBySlug.values()].filter((themeId) => this.themeOpenAt(territoryId, themeId, at))
      if (!openThemes.length) continue
      const themeId = this.random.pick(openThemes)
      const questions = this.world.questionnaires.get(`${territoryId}:${themeId}`)
      const communeIds = this.world.territories.get(territoryId)!.communeIds
      if (!questions || !communeIds.length) continue
      searches.push({ at, territoryId, communeId: this.pickCommune(communeIds), themeId, answers: answersFor(questions, [], this.random) })
    }
    searches.sort((a, b) => a.at.getTime() - b.at.getTime())
    for (const search of searches) await this.createSearch(search, result)
  }
}
