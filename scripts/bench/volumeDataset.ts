import pg from 'pg'

/**
 * Two years of national activity for the volume scenario of `npm run bench`: a million anonymous searches
 * and a hundred thousand requests spread over every open territory (the demo ones and the 50 of the
 * national dataset), generated in SQL in a few statements and reused by later runs (nothing is done when
 * they are already there). The requests age as real ones do: the old ones taken (most within their delay),
 * closed with an outcome, asked « As-tu été contacté(e) ? », their contact erased after a year; a few never
 * taken (« hors délai »), the recent ones still new or in progress. Deterministic (`setseed`).
 */
export const VOLUME_SEARCHES = 1_000_000
export const VOLUME_LEADS = 100_000
const DAYS = 730
const MARKER = 'VOL-'

export async function ensureVolumeDataset(databaseUrl: string, now: Date, log: (line: string) => void): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query<{ count: string }>(`select count(*) from leads where reference like '${MARKER}%'`)
    if (Number(rows[0].count) >= VOLUME_LEADS) return
    const started = Date.now()
    await client.query('begin')
    await client.query(`delete from leads where reference like '${MARKER}%'`)
    await client.query('select setseed(0.42)')
    // Open territories, numbered; their covered communes, numbered within each; their published offers, numbered within each.
    await client.query(`
      create temporary table vol_territories on commit drop as
      select t.id, (row_number() over (order by t.id))::int - 1 as n from territories t
      where t.status = 'ouvert' and exists (select 1 from offers o where o.territory_id = t.id and o._status = 'published')`)
    await client.query(`
      create temporary table vol_communes on commit drop as
      select r.parent_id as territory, r.communes_id as commune, (row_number() over (partition by r.parent_id order by r.communes_id))::int - 1 as n,
        count(*) over (partition by r.parent_id) as total
      from territories_rels r join vol_territories t on t.id = r.parent_id where r.path = 'coveredCommunes'`)
    await client.query(`
      create temporary table vol_offers on commit drop as
      select o.id, o.partner_id, o.territory_id, o.theme_id, coalesce(o.contact_delay_days, 7)::int as delay,
        (row_number() over (partition by o.territory_id order by o.id))::int - 1 as n, count(*) over (partition by o.territory_id) as total
      from offers o join vol_territories t on t.id = o.territory_id where o._status = 'published' and o.partner_id is not null`)
    const territories = Number((await client.query<{ count: string }>('select count(*) from vol_territories')).rows[0].count)
    const themes = (await client.query<{ id: number }>('select id from themes order by id')).rows.map((row) => row.id)

    // Searches: a territory, one of its communes, a theme; one in ten finds nothing.
    await client.query(
      `insert into searches (territory_id, commune_id, theme_id, result_count, near_miss_count, created_at, updated_at)
       select c.territory, c.commune, ($2::int[])[1 + floor(d.r3 * array_length($2::int[], 1))::int],
         case when d.r4 < 0.1 then 0 else 1 + floor(d.r4 * 12)::int end, 0, d.at, d.at
       from (select floor(random() * $3)::int as t, random() as r2, random() as r3, random() as r4,
               $4::timestamptz - random() * interval '${DAYS} days' as at
             from generate_series(1, $1::int)) d
       join vol_territories t on t.n = d.t
       join vol_communes c on c.territory = t.id and c.n = floor(d.r2 * c.total)::int`,
      [VOLUME_SEARCHES, themes, territories, now],
    )
    log(`  ${VOLUME_SEARCHES} recherches (${Math.round((Date.now() - started) / 1000)} s)`)

    // Requests: an offer of a territory, a commune it covers; then what became of it, by its age.
    await client.query(
      `create temporary table vol_draws on commit drop as
       select g, floor(random() * $2)::int as t, random() as r_offer, random() as r_commune, random() as r_lag, random() as r_never,
         random() as r_close, random() as r_outcome, random() as r_ask, random() as r_answer, random() as r_band,
         $3::timestamptz - random() * interval '${DAYS} days' as created
       from generate_series(1, $1::int) g`,
      [VOLUME_LEADS, territories, now],
    )
    await client.query(
      `insert into leads (reference, offer_id, partner_id, territory_id, theme_id, commune_id, status, outcome, contact_email, consent_at,
         contact_delay_days, due_at, overdue, timeline_taken_at, timeline_closed_at, timeline_follow_up_sent_at, timeline_follow_up_answered_at,
         timeline_contacted_according_to_young_person, timeline_anonymized_at, timeline_anonymized_reason, age_band, created_at, updated_at)
       select '${MARKER}' || l.g, l.offer, l.partner, l.territory, l.theme, l.commune,
         (case when l.closed is not null then 'cloturee' when l.taken is not null then 'en_cours' else 'nouvelle' end)::enum_leads_status,
         (case when l.closed is not null then (array['solution_trouvee','rdv_fixe','orientee_ailleurs','injoignable','pas_interessee','non_eligible','autre'])[1 + floor(l.r_outcome * 7)::int] end)::enum_leads_outcome,
         case when l.created > $1::timestamptz - interval '365 days' then 'jeune' || l.g || '@bench-volume.test' end,
         l.created, l.delay, l.due, l.taken is null and l.due < $1::timestamptz, l.taken, l.closed, l.asked,
         case when l.asked is not null and l.r_answer < 0.45 then l.asked + interval '2 days' end,
         (case when l.asked is not null and l.r_answer < 0.45 then (case when l.r_answer < 0.36 then 'oui' else 'non' end) end)::enum_leads_timeline_contacted_according_to_young_person,
         case when l.created <= $1::timestamptz - interval '365 days' then l.created + interval '365 days' end,
         (case when l.created <= $1::timestamptz - interval '365 days' then 'retention' end)::enum_leads_timeline_anonymized_reason,
         (array['age_15_17','age_18_25','age_26_30'])[1 + floor(l.r_band * 3)::int]::enum_leads_age_band,
         l.created, coalesce(l.closed, l.taken, l.created)
       from (
         select s.*, case when s.closed_at <= $1::timestamptz - interval '2 days' and s.r_ask < 0.8 then s.closed_at + interval '1 day' end as asked,
           case when s.closed_at <= $1::timestamptz then s.closed_at end as closed
         from (
           select d.*, o.id as offer, o.partner_id as partner, o.territory_id as territory, o.theme_id as theme, c.commune, o.delay,
             d.created + o.delay * interval '1 day' as due, k.taken,
             case when k.taken is not null and d.r_close < 0.9 then k.taken + d.r_close * interval '20 days' end as closed_at
           from vol_draws d
           join vol_territories t on t.n = d.t
           join vol_offers o on o.territory_id = t.id and o.n = floor(d.r_offer * o.total)::int
           join vol_communes c on c.territory = t.id and c.n = floor(d.r_commune * c.total)::int
           cross join lateral (select case when d.r_never >= 0.02 and d.created + d.r_lag * o.delay * 1.4 * interval '1 day' <= $1::timestamptz
                                           then d.created + d.r_lag * o.delay * 1.4 * interval '1 day' end as taken) k
         ) s
       ) l`,
      [now],
    )
    await client.query('commit')
    await client.query('analyze searches')
    await client.query('analyze leads')
    log(`  ${VOLUME_LEADS} demandes (${Math.round((Date.now() - started) / 1000)} s en tout)`)
  } catch (error) {
    await client.query('rollback').catch(() => undefined)
    throw error
  } finally {
    await client.end()
  }
}
