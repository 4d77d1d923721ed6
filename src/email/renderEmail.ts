export interface EmailContent {
  title: string
  paragraphs: string[]
  /** label/value rows, e.g. the young person's answers */
  details?: { label: string; value: string }[]
  action?: { label: string; url: string }
  footer?: string
}

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!)

/** A plain, accessible HTML email in the State's colours; every value is escaped. */
export function renderEmail(content: EmailContent): string {
  const paragraphs = content.paragraphs.map((text) => `<p style="margin:0 0 16px">${escapeHtml(text)}</p>`).join('')
  const details = content.details?.length
    ? `<table role="presentation" style="border-collapse:collapse;margin:0 0 16px">${content.details
        .map(
          ({ label, value }) =>
            `<tr><th scope="row" style="text-align:left;padding:4px 12px 4px 0;vertical-align:top">${escapeHtml(label)}</th><td style="padding:4px 0">${escapeHtml(value)}</td></tr>`,
        )
        .join('')}</table>`
    : ''
  const action = content.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(content.action.url)}" style="background:#000091;color:#fff;padding:12px 20px;text-decoration:none;display:inline-block">${escapeHtml(content.action.label)}</a></p><p style="margin:0 0 16px;font-size:14px;color:#3a3a3a">${escapeHtml(content.action.url)}</p>`
    : ''
  const footer = content.footer ? `<p style="margin:32px 0 0;font-size:14px;color:#666">${escapeHtml(content.footer)}</p>` : ''
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(content.title)}</title></head><body style="font-family:Marianne,Arial,sans-serif;color:#161616;max-width:600px;margin:0 auto;padding:24px"><p style="font-weight:bold;color:#000091;margin:0 0 24px">Boussole — République française</p><h1 style="font-size:22px;margin:0 0 24px">${escapeHtml(content.title)}</h1>${paragraphs}${details}${action}${footer}</body></html>`
}
