/**
 * SMS texts: the GSM 03.38 alphabet (7-bit, 160 characters a segment, 153 when a message spans several) holds most
 * French letters (é, è, à, ù, É, Ç…) but not all of them (â, ê, î, ô, û, ç, œ) nor French typography (’, « », non-breaking
 * spaces). One character outside it switches the whole message to UCS-2: 70 characters a segment. Boussole writes its
 * SMS in the GSM alphabet, replacing what it lacks by the nearest letter, so a message stays within one or two segments.
 */

/** The GSM 03.38 basic set, as characters (ESC excluded). */
const GSM_BASIC = '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà'
/** The extension table: each counts as two septets (ESC + the character). */
const GSM_EXTENSION = '^{}\\[~]|€\f'

const BASIC = new Set(GSM_BASIC)
const EXTENSION = new Set(GSM_EXTENSION)

/** What the GSM alphabet lacks, written the nearest way a French reader accepts. */
const REPLACEMENTS: Record<string, string> = {
  â: 'a',
  ê: 'e',
  ë: 'e',
  î: 'i',
  ï: 'i',
  ô: 'o',
  û: 'u',
  ç: 'c',
  œ: 'oe',
  ÿ: 'y',
  Â: 'A',
  Ê: 'E',
  Ë: 'E',
  È: 'E',
  Î: 'I',
  Ï: 'I',
  Ô: 'O',
  Û: 'U',
  Ù: 'U',
  À: 'A',
  Œ: 'OE',
  '’': "'",
  '‘': "'",
  '«': '"',
  '»': '"',
  '“': '"',
  '”': '"',
  '–': '-',
  '—': '-',
  '…': '...',
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
  '\t': ' ',
}

export type SmsEncoding = 'gsm' | 'ucs2'

export interface SmsLength {
  encoding: SmsEncoding
  /** septets (GSM) or UTF-16 code units (UCS-2) */
  units: number
  segments: number
}

/** The text in the GSM alphabet: missing letters replaced, « guillemets » (and their inner spaces) written "…". */
export function toGsmText(text: string): string {
  const quoted = text.replace(/«[\s\u00a0\u202f]*/g, '"').replace(/[\s\u00a0\u202f]*»/g, '"')
  let out = ''
  for (const character of quoted) out += BASIC.has(character) || EXTENSION.has(character) ? character : (REPLACEMENTS[character] ?? character)
  return out
}

/** The length of a message as an SMS gateway counts it. */
export function smsLength(text: string): SmsLength {
  let septets = 0
  for (const character of text) {
    if (BASIC.has(character)) septets += 1
    else if (EXTENSION.has(character)) septets += 2
    else {
      const units = text.length
      return { encoding: 'ucs2', units, segments: units <= 70 ? 1 : Math.ceil(units / 67) }
    }
  }
  return { encoding: 'gsm', units: septets, segments: septets <= 160 ? 1 : Math.ceil(septets / 153) }
}

/**
 * An SMS built from a template around one variable part (an organisation's name, an offer's title), in the GSM
 * alphabet and within `maxSegments`: the variable part is shortened (ending with « ... ») until the text fits. Throws
 * when even an empty variable part does not fit (a template too long for an SMS is a programming error).
 */
export function fitSms(template: (variable: string) => string, variable: string, maxSegments = 2): string {
  const fits = (text: string) => smsLength(text).segments <= maxSegments
  const full = toGsmText(template(variable))
  if (fits(full)) return full
  const letters = [...variable]
  for (let keep = letters.length - 1; keep >= 0; keep -= 1) {
    const shortened = toGsmText(template(keep ? `${letters.slice(0, keep).join('').trimEnd()}...` : ''))
    if (fits(shortened)) return shortened
  }
  throw new Error(`An SMS template does not fit in ${maxSegments} segment(s): ${full}`)
}
