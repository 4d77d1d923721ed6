import { beforeAll, describe, expect, it } from '@jest/globals'

import { SCHEDULED_QUEUE, SEND_EMAIL_TASK, SLA_SWEEP_TASK } from '../../src/plugins/boussole/jobs/queues'
import { type Actor, CHANNELS, type Expectation, expectIds, expectOutcome, type Matrix } from '../helpers/matrix'
import { useTestPayload } from '../helpers/payload'
import { type Demo, openDemoMatrix } from './access.fixtures'

/**
 * The plugin's collections: the anonymous search log (statistics for the staff of the territory), the
 * sent-emails log and the job queue (administrators only; the queue holds email contents), and Payload's
 * job-statistics global (which schedules the SLA sweep and the retention purge).
 */
const context = useTestPayload()
let matrix: Matrix
let demo: Demo
let searches: Record<'lot' | 'sicoval' | 'outside', number>
let sentEmail: number
let job: number

beforeAll(async () => {
  ;({ matrix, demo } = await openDemoMatrix(context.payload, ['anonymous', 'admin', 'animatorLot', 'animatorSicoval', 'partnerMlLot']))
  const search = async (territory: number | null) =>
    (
      await context.payload.create({
        collection: 'searches',
        overrideAccess: true,
        data: { territory, commune: demo.communes.cahors, theme: demo.themes.emploi, answers: { age: 19 }, resultCount: 3 },
      })
    ).id
  searches = { lot: await search(demo.territories.lot), sicoval: await search(demo.territories.sicoval), outside: await search(null) }
  sentEmail = (
    await context.payload.create({
      collection: 'sent-emails',
      overrideAccess: true,
      data: { key: 'test:acces', kind: 'test', sentAt: new Date().toISOString() },
    })
  ).id
  job = (
    await context.payload.jobs.queue({
      task: SEND_EMAIL_TASK as any,
      input: { to: 'jeune@example.org', subject: 'Votre demande', kind: 'acknowledgement' } as any,
      waitUntil: new Date(Date.now() + 86_400_000),
    })
  ).id as number
})

describe.each(CHANNELS)('reading the plugin’s collections via %s', (channel) => {
  const SEES: [Actor, 'searches' | 'sent-emails' | 'payload-jobs', () => number[] | 'denied'][] = [
    ['anonymous', 'searches', () => 'denied'],
    ['partnerMlLot', 'searches', () => 'denied'],
    ['animatorLot', 'searches', () => [searches.lot]],
    ['animatorSicoval', 'searches', () => [searches.sicoval]],
    ['admin', 'searches', () => [searches.lot, searches.sicoval, searches.outside]],
    ['anonymous', 'sent-emails', () => 'denied'],
    ['partnerMlLot', 'sent-emails', () => 'denied'],
    ['animatorLot', 'sent-emails', () => 'denied'],
    ['admin', 'sent-emails', () => [sentEmail]],
    ['anonymous', 'payload-jobs', () => 'denied'],
    ['partnerMlLot', 'payload-jobs', () => 'denied'],
    ['animatorLot', 'payload-jobs', () => 'denied'],
    ['admin', 'payload-jobs', () => [job]],
  ]
  it.each(SEES)('%s reads %s', async (actor, slug, expected) => {
    expectIds(await matrix.find(channel, actor, slug), expected(), `${channel} ${actor} ${slug}`)
  })
})

describe.each(CHANNELS)('writing the plugin’s collections via %s', (channel) => {
  const data = {
    searches: () => ({ territory: demo.territories.lot, commune: demo.communes.cahors, theme: demo.themes.emploi, resultCount: 1 }),
    'sent-emails': () => ({ key: `test:${Math.random()}`, kind: 'test', sentAt: new Date().toISOString() }),
    'payload-jobs': () => ({ taskSlug: SEND_EMAIL_TASK, input: {} }),
  }
  const patch = { searches: { resultCount: 99 }, 'sent-emails': { kind: 'modifié' }, 'payload-jobs': { queue: 'modifiee' } }
  type Slug = keyof typeof data
  /** Written by the plugin only; the logs can be purged by administrators. */
  const WRITES: [Actor, Slug, 'create' | 'update' | 'delete', Expectation][] = [
    ...(['anonymous', 'partnerMlLot', 'animatorLot', 'admin'] as Actor[]).flatMap((actor) =>
      (['searches', 'sent-emails', 'payload-jobs'] as Slug[]).flatMap((slug) => [
        [actor, slug, 'create', 'denied'] as [Actor, Slug, 'create', Expectation],
        [actor, slug, 'update', 'denied'] as [Actor, Slug, 'update', Expectation],
        [actor, slug, 'delete', actor === 'admin' && slug !== 'payload-jobs' ? 'allowed' : 'denied'] as [Actor, Slug, 'delete', Expectation],
      ]),
    ),
  ]
  it.each(WRITES)('%s %s: %s %s', async (actor, slug, operation, expected) => {
    if (slug === 'payload-jobs' && channel === 'graphql') {
      // the job queue has no GraphQL mutations worth calling: covered by the two other channels
      return
    }
    if (operation === 'create') {
      const before = await matrix.count(slug)
      expectOutcome(await matrix.create(channel, actor, slug, data[slug]()), expected, `${channel} ${actor}`)
      expect(await matrix.count(slug)).toBe(before)
      return
    }
    const id =
      slug === 'payload-jobs'
        ? ((await context.payload.jobs.queue({ task: SEND_EMAIL_TASK as any, input: {} as any, waitUntil: new Date(Date.now() + 86_400_000) })).id as number)
        : (await context.payload.create({ collection: slug, data: data[slug]() as any, overrideAccess: true })).id
    try {
      if (operation === 'update') {
        expectOutcome(await matrix.update(channel, actor, slug, id, patch[slug]), expected, `${channel} ${actor}`)
        const [field, value] = Object.entries(patch[slug])[0]
        expect((await matrix.raw(slug, id))[field]).not.toBe(value)
      } else {
        expectOutcome(await matrix.delete(channel, actor, slug, id), expected, `${channel} ${actor}`)
        expect(await matrix.exists(slug, id)).toBe(expected === 'denied')
      }
    } finally {
      if (await matrix.exists(slug, id)) await context.payload.delete({ collection: slug, id, overrideAccess: true })
    }
  })
})

describe('the job-statistics global (when the SLA sweep and the retention purge were last scheduled)', () => {
  const STATS: [Actor, Expectation][] = [
    ['anonymous', 'denied'],
    ['partnerMlLot', 'denied'],
    ['animatorLot', 'denied'],
    ['admin', 'allowed'],
  ]
  const postponed = { scheduledRuns: { queues: { [SCHEDULED_QUEUE]: { tasks: { [SLA_SWEEP_TASK]: { lastScheduledRun: '2099-01-01T00:00:00.000Z' } } } } } }
  const stored = async () => JSON.stringify((await context.payload.findGlobal({ slug: 'payload-jobs-stats' as any, overrideAccess: true })).stats ?? null)

  it.each(STATS)('%s reads and rewrites it: %s', async (actor, expected) => {
    const original = await stored()
    // REST
    const read = await matrix.api.get('/globals/payload-jobs-stats', matrix.token(actor))
    expectOutcome({ status: read.status, docs: [], message: '' }, expected, `rest read ${actor}`)
    const write = await matrix.api.post('/globals/payload-jobs-stats', { stats: postponed }, matrix.token(actor))
    expectOutcome({ status: write.status, docs: [], message: JSON.stringify(write.json) }, expected, `rest write ${actor}`)
    expect((await stored()) === JSON.stringify(postponed)).toBe(expected === 'allowed')
    await context.payload.updateGlobal({ slug: 'payload-jobs-stats' as any, data: { stats: JSON.parse(original) }, overrideAccess: true })
    // GraphQL
    const graphqlRead = await matrix.api.graphql('{ PayloadJobsStat { stats } }', matrix.token(actor))
    expect(Boolean(graphqlRead.json.errors?.length)).toBe(expected === 'denied')
    const graphqlWrite = await matrix.api.graphql('mutation($stats: JSON) { updatePayloadJobsStat(data: { stats: $stats }) { stats } }', matrix.token(actor), {
      stats: postponed,
    })
    expect(Boolean(graphqlWrite.json.errors?.length)).toBe(expected === 'denied')
    expect((await stored()) === JSON.stringify(postponed)).toBe(expected === 'allowed')
    await context.payload.updateGlobal({ slug: 'payload-jobs-stats' as any, data: { stats: JSON.parse(original) }, overrideAccess: true })
    // Local API
    const local = await context.payload
      .updateGlobal({ slug: 'payload-jobs-stats' as any, data: { stats: postponed }, overrideAccess: false, user: matrix.user(actor) })
      .then(() => 200)
      .catch((error: { status?: number }) => error.status ?? 500)
    expectOutcome({ status: local, docs: [], message: '' }, expected, `local write ${actor}`)
    await context.payload.updateGlobal({ slug: 'payload-jobs-stats' as any, data: { stats: JSON.parse(original) }, overrideAccess: true })
  })
})

describe('running the job queue through the API', () => {
  it.each(['anonymous', 'partnerMlLot', 'animatorLot'] as Actor[])('%s cannot run the jobs (GET /api/payload-jobs/run)', async (actor) => {
    const { status } = await matrix.api.get('/payload-jobs/run', matrix.token(actor))
    expect([401, 403]).toContain(status)
    expect(await matrix.exists('payload-jobs', job)).toBe(true)
  })
})
