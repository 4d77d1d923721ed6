/**
 * An error's `label`, as Payload's admin toast shows it: the toast reads « Le champ suivant n'est pas valide : »
 * followed by the labels, and splits that list at every comma (`createErrorsFromMessage` in @payloadcms/ui).
 * A French sentence keeps its commas visually (U+201A « ‚ », a low comma) so it stays one item.
 */
export function toastLabel(text: string): string {
  return text.replace(/,/g, '\u201a')
}
