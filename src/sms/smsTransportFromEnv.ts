import { parseSmppSettings } from './smppSettings'
import { SmppTransport } from './smppTransport'
import { SmsFolderTransport } from './smsFolderTransport'
import type { SmsTransport } from './smsTransport'

let shared: { key: string; transport: SmsTransport } | null = null

/**
 * The process's SMS transport: the SMPP gateway of `SMPP_URL` (sender `SMS_SENDER`, « Boussole » by default) when set,
 * otherwise the `.data/sms/` folder (development). One per process, made again if the settings change (tests).
 */
export function smsTransportFromEnv(env: NodeJS.ProcessEnv = process.env): SmsTransport {
  const key = `${env.SMPP_URL ?? ''}|${env.SMS_SENDER ?? ''}`
  if (shared?.key === key) return shared.transport
  const previous = shared?.transport
  const transport = env.SMPP_URL ? new SmppTransport(parseSmppSettings(env.SMPP_URL, env.SMS_SENDER)) : new SmsFolderTransport()
  shared = { key, transport }
  void previous?.close()
  return transport
}

/** Stops the start when `SMPP_URL` or `SMS_SENDER` is set but invalid (rather than failing every SMS job later). */
export function checkSmsSettings(env: Record<string, string | undefined> = process.env): void {
  if (env.SMPP_URL) parseSmppSettings(env.SMPP_URL, env.SMS_SENDER)
}
