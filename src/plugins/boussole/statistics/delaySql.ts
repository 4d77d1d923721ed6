/**
 * `delayState` (`domain/statistics/delayState.ts`) written as SQL on the `leads` table, once for every query that
 * needs it: handled (the earlier of taken and closed) by the due date → in time, after it → late; not handled and
 * the due date passed at `now` → « hors délai », otherwise still within the delay. `now` is a query parameter
 * (`$n`); the integration test `statistics` checks the SQL against the domain lead by lead.
 */
const HANDLED_AT = 'least(timeline_taken_at, timeline_closed_at)'

/** The delay state of a lead at the instant in `nowParam`: 'in_time', 'late', 'overdue' or 'pending'. */
export const delayStateSql = (nowParam: string): string =>
  `case when ${HANDLED_AT} is not null then (case when due_at is null or ${HANDLED_AT} <= due_at then 'in_time' else 'late' end)
        when due_at is not null and due_at < ${nowParam}::timestamptz then 'overdue' else 'pending' end`

/** `isOverdueNow`: still new, never handled, due date passed at the instant in `nowParam`. */
export const overdueNowSql = (nowParam: string): string => `status = 'nouvelle' and ${HANDLED_AT} is null and due_at < ${nowParam}::timestamptz`
