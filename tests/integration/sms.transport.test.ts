import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { toGsmText } from '../../src/domain/contact/smsText'
import { parseSmppSettings } from '../../src/sms/smppSettings'
import { SmppTransport } from '../../src/sms/smppTransport'
import { checkSmsSettings } from '../../src/sms/smsTransportFromEnv'
import { startSmppServer, type TestSmppServer } from '../helpers/smpp'

/** The SMPP transport against a real SMPP server (the `smpp` package's), on a real socket. */
describe('SMS through SMPP', () => {
  let gateway: TestSmppServer
  let transport: SmppTransport

  beforeAll(async () => {
    gateway = await startSmppServer()
    transport = new SmppTransport(parseSmppSettings(gateway.url, 'Boussole'))
  })
  afterAll(async () => {
    await transport.close()
    await gateway.close()
  })

  it('binds with the account of SMPP_URL and delivers a one-segment text in the GSM alphabet', async () => {
    const text = toGsmText('Boussole : ta demande a bien été reçue par « Mission Locale ». Réf. BSL-2026-K7M3QX')
    const { id } = await transport.send({ to: '+33612345678', text })
    expect(id).not.toBe('')
    const [sms] = await gateway.waitFor(1)
    expect(sms).toMatchObject({ from: 'Boussole', to: '33612345678', text, dataCoding: 1 })
  })

  it('delivers a two-segment text whole, in one PDU (message_payload)', async () => {
    const text = toGsmText(`Boussole : ${'une phrase un peu longue, '.repeat(9)}fin.`)
    expect(text.length).toBeGreaterThan(160)
    await transport.send({ to: '+33700000001', text })
    const received = await gateway.waitFor(2)
    expect(received[1]).toMatchObject({ to: '33700000001', text })
  })

  it('fails while the gateway is down, then delivers once it is back (the session is opened again)', async () => {
    await gateway.stop()
    await expect(transport.send({ to: '+33612345679', text: 'pendant la panne' })).rejects.toThrow()
    await gateway.start()
    await transport.send({ to: '+33612345679', text: 'apres la panne' })
    const received = await gateway.waitFor(3)
    expect(received.map((sms) => sms.text)).toEqual([expect.any(String), expect.any(String), 'apres la panne'])
  })

  it('reports a refused bind (wrong password) as a failed send', async () => {
    const wrong = new SmppTransport(parseSmppSettings(gateway.url.replace(':secret@', ':wrong@'), 'Boussole'))
    await expect(wrong.send({ to: '+33612345678', text: 'x' })).rejects.toThrow(/refused the bind/)
    await wrong.close()
  })
})

describe('SMPP settings', () => {
  it.each([
    ['smpp://id:pw@gw.example:2775', 'Boussole', { host: 'gw.example', port: 2775, tls: false, systemId: 'id', password: 'pw', sender: 'Boussole' }],
    ['ssmpp://id:p%40ss@gw.example', '+33612345678', { host: 'gw.example', port: 3550, tls: true, systemId: 'id', password: 'p@ss', sender: '+33612345678' }],
  ])('%s (%s)', (url, sender, expected) => {
    expect(parseSmppSettings(url, sender)).toEqual(expected)
  })

  it.each([
    ['http://id:pw@gw.example', 'Boussole', /smpp:\/\//],
    ['smpp://gw.example', 'Boussole', /account/],
    ['pas une adresse', 'Boussole', /SMPP_URL/],
    ['smpp://id:pw@gw.example', 'Boussole des jeunes', /SMS_SENDER/],
  ])('refuses %s (%s)', (url, sender, message) => {
    expect(() => parseSmppSettings(url, sender)).toThrow(message)
  })

  it('stops the start on an invalid SMPP_URL or SMS_SENDER, and lets it through when SMS go to files', () => {
    expect(() => checkSmsSettings({ SMPP_URL: 'http://gw.example' })).toThrow(/smpp:\/\//)
    expect(() => checkSmsSettings({ SMPP_URL: 'smpp://id:pw@gw.example', SMS_SENDER: 'Boussole des jeunes' })).toThrow(/SMS_SENDER/)
    expect(() => checkSmsSettings({})).not.toThrow()
  })
})
