/**
 * The young person's answer to « As-tu été contacté(e) ? » (RGAA 11.12: data a person enters can be corrected).
 * A first answer is recorded; a different answer within FOLLOW_UP_CORRECTION_DAYS of the first replaces it (a
 * mistaken tap on a phone); the same answer again, or a change after that window, records nothing.
 */
export const FOLLOW_UP_CORRECTION_DAYS = 7

export type FollowUpAnswer = 'oui' | 'non'

export type FollowUpDecision = 'record' | 'correct' | 'same' | 'too-late'

export interface PreviousAnswer {
  answer: FollowUpAnswer | null | undefined
  answeredAt: string | Date | null | undefined
}

const DAY_MS = 24 * 60 * 60 * 1000

/** Until when a recorded answer may be corrected (null: nothing recorded). */
export function followUpCorrectableUntil(previous: PreviousAnswer): Date | null {
  if (!previous.answeredAt) return null
  return new Date(new Date(previous.answeredAt).getTime() + FOLLOW_UP_CORRECTION_DAYS * DAY_MS)
}

/** Whether a recorded answer may still be corrected at `now` (the page offers the button only then). */
export function followUpCorrectable(previous: PreviousAnswer, now: Date): boolean {
  const until = followUpCorrectableUntil(previous)
  return until !== null && now.getTime() < until.getTime()
}

export function followUpDecision(previous: PreviousAnswer, answer: FollowUpAnswer, now: Date): FollowUpDecision {
  if (!previous.answeredAt) return 'record'
  if (previous.answer === answer) return 'same'
  return followUpCorrectable(previous, now) ? 'correct' : 'too-late'
}
