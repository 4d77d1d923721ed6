import type { EmailContent } from './renderEmail'

/** The text part of an email (read by text-only clients and screen readers), from the same content as the HTML. */
export function emailText(content: EmailContent): string {
  return [
    content.title,
    ...content.paragraphs,
    ...(content.details?.length ? [content.details.map(({ label, value }) => `${label} : ${value}`).join('\n')] : []),
    ...(content.action ? [`${content.action.label} : ${content.action.url}`] : []),
    ...(content.footer ? [`--\n${content.footer}`] : []),
  ].join('\n\n')
}
