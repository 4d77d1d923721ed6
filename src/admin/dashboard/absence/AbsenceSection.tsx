import { isAbsentOn } from '@/domain/partners/absence'
import { formatLongDate, parisDay } from '@/domain/shared/frenchDates'
import type { User } from '@/payload-types'
import type { Viewer } from '@/plugins/boussole/server'
import { verifiedMessage } from '@/security/signedMessage'

import { ABSENCE_DONE, ABSENCE_DONE_PARAM, ABSENCE_ERROR_PARAM, ABSENCE_PAGE, ABSENCE_SECTION_ID, type AbsenceDone } from './absencePaths'
import { endAbsenceAction, recordAbsenceAction } from './actions'
import '../dayForm.css'

type SearchParams = Record<string, string | string[] | undefined>

const single = (value: unknown) => (Array.isArray(value) ? value[0] : value) as string | undefined

/** « du 10 décembre 2026 au 14 décembre 2026 », « à partir du 10 décembre 2026 » */
function period(absence: NonNullable<User['absence']>): string {
  const from = formatLongDate(absence.from!)
  return absence.until ? `du ${from} au ${formatLongDate(absence.until)}` : `à partir du ${from}, jusqu’à votre retour`
}

/**
 * « Mon absence » on the professional's dashboard: two days (the first and the last one, grouped as « Période d’absence »)
 * and « Enregistrer », « Je suis de retour » while an absence is recorded — plain forms posted to server actions (they
 * work without JavaScript). During the absence, the alerts of the person's requests go to their colleagues.
 */
export async function AbsenceSection({ viewer, now, searchParams = {} }: { viewer: Viewer; now: Date; searchParams?: SearchParams }) {
  const own = await viewer.payload.findByID({
    collection: 'users',
    id: viewer.user.id,
    depth: 0,
    overrideAccess: false,
    user: viewer.user,
    select: { absence: true },
  })
  const absence = own.absence?.from ? own.absence : null
  const done = single(searchParams[ABSENCE_DONE_PARAM])
  const error = verifiedMessage(viewer.payload.secret, ABSENCE_PAGE, ABSENCE_ERROR_PARAM, searchParams)
  const titleId = `${ABSENCE_SECTION_ID}-titre`
  // the section is on the dashboard once (its own id says so): ids built on it stay unique
  const fromId = `${ABSENCE_SECTION_ID}-du`
  const untilId = `${ABSENCE_SECTION_ID}-au`
  return (
    <section id={ABSENCE_SECTION_ID} className="boussole-day-section" aria-labelledby={titleId}>
      <h2 id={titleId} className="boussole-dashboard__section-title">
        Mon absence
      </h2>
      {error ? (
        <p role="alert" className="boussole-result--error">
          {error}
        </p>
      ) : done && Object.hasOwn(ABSENCE_DONE, done) ? (
        <p role="status" className="boussole-result--done">
          {ABSENCE_DONE[done as AbsenceDone]}
        </p>
      ) : null}
      {absence ? (
        <p>
          {isAbsentOn(absence, now) ? 'Vous êtes absent(e)' : 'Absence prévue'} {period(absence)} : les alertes de vos demandes vont à vos collègues.
        </p>
      ) : (
        <p className="boussole-muted">Pendant une absence, les alertes de vos demandes vont à vos collègues de l’organisme.</p>
      )}
      <form action={recordAbsenceAction} method="post" className="boussole-day-form">
        <fieldset className="boussole-day-form__period">
          <legend>Période d’absence</legend>
          <label htmlFor={fromId}>
            Absent(e) du
            <input id={fromId} type="date" name="from" required defaultValue={absence?.from ? parisDay(absence.from) : undefined} />
          </label>
          <label htmlFor={untilId}>
            Dernier jour d’absence (inclus, facultatif)
            <input id={untilId} type="date" name="until" defaultValue={absence?.until ? parisDay(absence.until) : undefined} />
          </label>
        </fieldset>
        <button type="submit" className="btn btn--style-primary btn--size-medium">
          Enregistrer
        </button>
      </form>
      {absence ? (
        <form action={endAbsenceAction} method="post">
          <button type="submit" className="btn btn--style-secondary btn--size-medium">
            Je suis de retour
          </button>
        </form>
      ) : null}
    </section>
  )
}
