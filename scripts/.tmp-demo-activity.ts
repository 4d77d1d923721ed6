// Throwaway (not committed): adds demo leads and searches to the dev database for a visual check.
import { getPayload } from 'payload'
import { resolveDatabaseUrl } from '../src/database/resolveDatabaseUrl'
import { dueDate } from '../src/plugins/boussole/sla/dueDate'

process.env.BOUSSOLE_JOBS_AUTORUN = 'false'
const db = await resolveDatabaseUrl()
process.env.DATABASE_URL = db.url
const { default: config } = await import('../payload.config')
const payload = await getPayload({ config })
const remove = process.argv.includes('--remove')
if (remove) {
  await payload.delete({ collection: 'leads', where: { reference: { like: 'DEMO-STAT-' } }, overrideAccess: true })
  await payload.db.deleteMany({ collection: 'searches', where: { nearMissCount: { equals: 4242 } } })
  console.log('removed')
  process.exit(0)
}
const find = async (collection: any, where: any) => (await payload.find({ collection, where, depth: 0, limit: 1, overrideAccess: true })).docs[0] as any
const lot = await find('territories', { slug: { equals: 'lot' } })
const sicoval = await find('territories', { slug: { equals: 'sicoval' } })
const themes = (await payload.find({ collection: 'themes', depth: 0, overrideAccess: true, pagination: false })).docs
const cahors = await find('communes', { code: { equals: '46042' } })
const figeac = await find('communes', { code: { equals: '46102' } })
const ramonville = await find('communes', { code: { equals: '31446' } })
const offers = (await payload.find({ collection: 'offers', where: { status: { equals: 'publiee' } }, depth: 0, overrideAccess: true, pagination: false })).docs as any[]
const now = Date.now()
const DAY = 86400000
let n = 0
const outcomes = ['solution_trouvee', 'rdv_fixe', 'orientee_ailleurs', 'injoignable', 'pas_interessee']
for (const offer of offers) {
  const isLot = offer.territory === lot.id
  const count = isLot ? 9 : 4
  for (let i = 0; i < count; i++) {
    n++
    const ageDays = (n * 7) % 80 + (i % 3)
    const created = new Date(now - ageDays * DAY - (n % 10) * 3600000)
    const delay = offer.contactDelayDays ?? 3
    const due = dueDate(created, delay)
    const pastDue = due.getTime() < now
    const r = (n * 37) % 10
    let status = 'nouvelle'
    const timeline: any = {}
    let outcome: string | null = null
    if (pastDue && r < 6) {
      status = 'cloturee'
      timeline.takenAt = new Date(created.getTime() + (r < 5 ? 1 : delay + 2) * DAY).toISOString()
      timeline.closedAt = new Date(created.getTime() + (delay + 3) * DAY).toISOString()
      outcome = outcomes[r % outcomes.length]
      if (r % 2 === 0) {
        timeline.followUpSentAt = new Date(due.getTime() + 3 * DAY).toISOString()
        timeline.contactedAccordingToYoungPerson = r === 4 ? 'non' : 'oui'
        timeline.followUpAnsweredAt = timeline.followUpSentAt
      }
    } else if (r < 8 && (pastDue || r % 2)) {
      status = 'en_cours'
      timeline.takenAt = new Date(created.getTime() + 0.5 * DAY).toISOString()
    }
    if (ageDays > 70) timeline.anonymizedAt = new Date(now - 2 * DAY).toISOString()
    const communeId = offer.territory === sicoval.id ? ramonville.id : n % 3 ? cahors.id : figeac.id
    await payload.create({
      collection: 'leads',
      overrideAccess: true,
      data: {
        reference: `DEMO-STAT-${String(n).padStart(3, '0')}`,
        offer: offer.id,
        partner: offer.partner,
        territory: offer.territory,
        theme: offer.theme,
        commune: communeId,
        status,
        outcome,
        closingComment: status === 'cloturee' ? 'Jeune rappelé, suite donnée.' : null,
        contact: timeline.anonymizedAt ? {} : { email: `jeune${n}@example.org` },
        consentAt: created.toISOString(),
        contactDelayDays: delay,
        dueAt: due.toISOString(),
        overdue: status === 'nouvelle' && pastDue,
        timeline,
        createdAt: created.toISOString(),
      } as any,
    })
  }
}
for (let i = 0; i < 160; i++) {
  const territory = i % 3 === 0 ? sicoval : lot
  const theme = themes[i % themes.length] as any
  const commune = territory.id === sicoval.id ? ramonville : i % 4 ? cahors : figeac
  await payload.create({
    collection: 'searches',
    overrideAccess: true,
    data: { territory: territory.id, commune: commune.id, theme: theme.id, resultCount: i % 5 === 0 ? 0 : (i % 7) + 1, nearMissCount: 4242, createdAt: new Date(now - ((i * 13) % 330) * DAY).toISOString() } as any,
  })
}
console.log(`created ${n} leads`)
process.exit(0)
