/**
 * Where the keyboard focus lands when a questionnaire page arrives (the `autofocus` attribute: the same with or
 * without JavaScript). Answers to correct first: the errors; then, on every page after the first, the new
 * question (or the new step's title), so that a keyboard or screen-reader user does not go through the header
 * again at each step. The first page, reached from the themes, starts at the top like any page.
 */
export type FocusOnArrival = 'errors' | 'question' | null

export function focusOnArrival({ position, hasErrors }: { position: number; hasErrors: boolean }): FocusOnArrival {
  if (hasErrors) return 'errors'
  return position > 1 ? 'question' : null
}
