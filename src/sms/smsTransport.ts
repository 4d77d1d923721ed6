/** One SMS to send: the number in E.164 form (« +33612345678 ») and the text, already in the GSM alphabet. */
export interface SmsMessage {
  to: string
  text: string
}

/**
 * Where SMS go: an SMPP gateway in production (`SMPP_URL`), files in `.data/sms/` in development. `send` resolves once
 * the gateway accepted the message (its id) and rejects when it could not be handed over — the job then retries.
 */
export interface SmsTransport {
  readonly name: string
  send(message: SmsMessage): Promise<{ id: string }>
  close(): Promise<void>
}
