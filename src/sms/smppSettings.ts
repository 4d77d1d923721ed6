/** How to reach the SMS gateway, read from `SMPP_URL` (`smpp://system_id:password@host:port`, `ssmpp://` for TLS). */
export interface SmppSettings {
  host: string
  port: number
  tls: boolean
  systemId: string
  password: string
  /** `SMS_SENDER`: an alphanumeric sender name (11 characters at most, e.g. « Boussole ») or a number. */
  sender: string
}

const ALPHANUMERIC_SENDER = /^[A-Za-z0-9 ]{1,11}$/

/** Parses `SMPP_URL` and `SMS_SENDER`; an invalid value stops the start with a message that says what is wrong. */
export function parseSmppSettings(url: string, sender: string | undefined): SmppSettings {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch (error) {
    throw new Error('SMPP_URL must look like smpp://system_id:password@host:port', { cause: error })
  }
  if (parsed.protocol !== 'smpp:' && parsed.protocol !== 'ssmpp:') throw new Error(`SMPP_URL must start with smpp:// or ssmpp:// (got ${parsed.protocol}//)`)
  if (!parsed.hostname || !parsed.username) throw new Error('SMPP_URL must name the gateway and the account: smpp://system_id:password@host:port')
  const tls = parsed.protocol === 'ssmpp:'
  const name = (sender ?? 'Boussole').trim()
  if (!ALPHANUMERIC_SENDER.test(name) && !/^\+?\d{3,15}$/.test(name)) {
    throw new Error(`SMS_SENDER must be 1 to 11 letters or digits, or a phone number (got « ${name} »)`)
  }
  return {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : tls ? 3550 : 2775,
    tls,
    systemId: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    sender: name,
  }
}

/** The SMPP address type of the sender: alphanumeric (TON 5) or international number (TON 1, NPI 1). */
export function senderAddress(sender: string): { source_addr: string; source_addr_ton: number; source_addr_npi: number } {
  return /^\+?\d+$/.test(sender)
    ? { source_addr: sender.replace(/^\+/, ''), source_addr_ton: 1, source_addr_npi: 1 }
    : { source_addr: sender, source_addr_ton: 5, source_addr_npi: 0 }
}
