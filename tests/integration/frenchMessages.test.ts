import { beforeAll, describe, expect, it } from '@jest/globals'
import { REST_POST } from '@payloadcms/next/routes'

import { apiClient, type ApiClient } from '../helpers/api'
import { useTestPayload } from '../helpers/payload'

/**
 * What people read when Payload refuses something comes in French, whatever language the client asks for:
 * through the REST and GraphQL route handlers, as the admin and any API client get it.
 */
const context = useTestPayload()
const PASSWORD = 'Boussole-demo-2026!'
const LANGUAGES: [string, Record<string, string>][] = [
  ['no Accept-Language', {}],
  ['Accept-Language: en', { 'Accept-Language': 'en' }],
  ['Accept-Language: en-US,en;q=0.9', { 'Accept-Language': 'en-US,en;q=0.9' }],
]

/** Every message of a Payload error body: the summaries and each field's. */
function messagesOf(json: any): string[] {
  return (json?.errors ?? []).flatMap((error: any) => [error.message, ...(error.data?.errors ?? []).map((field: any) => field.message)])
}

/** None of Payload's English wordings left (its French ones, and ours, contain none of these). */
const ENGLISH = /\b(the|is|are|has|have|invalid|not allowed|file type|something went wrong|token|expired|following)\b/i

let api: ApiClient
let adminToken: string

beforeAll(async () => {
  api = apiClient(context.payload)
  adminToken = await api.login('admin@boussole.test', PASSWORD)
})

async function upload(file: Blob, name: string, headers: Record<string, string>) {
  const form = new FormData()
  form.append('file', file, name)
  form.append('_payload', JSON.stringify({ alt: 'Logo' }))
  const request = new Request('http://localhost:3000/api/media', { method: 'POST', body: form, headers: { Authorization: `JWT ${adminToken}`, ...headers } })
  const response = await REST_POST(context.payload.config)(request, { params: Promise.resolve({ slug: ['media'] }) })
  return { status: response.status, json: await response.json() }
}

describe.each(LANGUAGES)('Payload’s messages in French (%s)', (_label, headers) => {
  it('a failed login, for a real account and for an unknown one', async () => {
    for (const email of ['admin@boussole.test', 'personne@boussole.test']) {
      const { status, json } = await api.rest('POST', '/users/login', { body: { email, password: 'mauvais-mot-de-passe' }, headers })
      expect(status).toBe(401)
      expect(messagesOf(json)).toEqual(['L’adresse e-mail ou le mot de passe fourni est incorrect.'])
    }
  })

  it('a forgotten password', async () => {
    const { status, json } = await api.rest('POST', '/users/forgot-password', { body: { email: 'personne@boussole.test' }, headers })
    expect(status).toBe(200)
    expect(json.message).toBe('Succès')
  })

  it('a reset with a bad token (REST)', async () => {
    const { status, json } = await api.rest('POST', '/users/reset-password', { body: { token: 'faux-jeton', password: 'Un-nouveau-mot-2026!' }, headers })
    expect(status).toBe(403)
    expect(messagesOf(json)).toEqual(['Le lien de réinitialisation n’est pas valide ou a expiré\u00a0: demandez-en un nouveau.'])
  })

  it('an upload refused for its type', async () => {
    const { status, json } = await upload(new Blob(['bonjour'], { type: 'text/plain' }), 'note.txt', headers)
    expect(status).toBe(400)
    expect(messagesOf(json)).toEqual([
      'Le champ suivant n’est pas valide\u00a0: file',
      'Ce type de fichier n’est pas accepté\u00a0: text/plain (extension .txt).',
    ])
  })

  it('an upload refused for its size', async () => {
    // a real 1×1 PNG, padded to 3 MB (the media limit is 2 MB)
    const png = new Uint8Array(3 * 1024 * 1024)
    png.set(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'))
    const { status, json } = await upload(new Blob([png], { type: 'image/png' }), 'logo.png', headers)
    expect(status).toBe(413)
    for (const message of messagesOf(json)) {
      expect(message).toMatch(/volumineux/)
      expect(message).not.toMatch(ENGLISH)
    }
  })

  it('an upload without a file', async () => {
    const form = new FormData()
    form.append('_payload', JSON.stringify({ alt: 'Logo' }))
    const request = new Request('http://localhost:3000/api/media', { method: 'POST', body: form, headers: { Authorization: `JWT ${adminToken}`, ...headers } })
    const response = await REST_POST(context.payload.config)(request, { params: Promise.resolve({ slug: ['media'] }) })
    expect(response.status).toBe(400)
    expect(messagesOf(await response.json())).toEqual(['Aucun fichier n’a été téléversé.'])
  })

  it('a validation error names the fields in French', async () => {
    const { status, json } = await api.rest('POST', '/themes', { token: adminToken, body: {}, headers })
    expect(status).toBe(400)
    const messages = messagesOf(json)
    expect(messages[0]).toMatch(/^Les champs suivants ne sont pas valides\u00a0: Nom/)
    expect(messages).toContain('Ce champ est requis.')
    for (const message of messages) expect(message).not.toMatch(ENGLISH)
  })

  it('no access, not found', async () => {
    const denied = await api.rest('GET', '/leads/1', { headers })
    expect(denied.status).toBe(403)
    expect(messagesOf(denied.json)).toEqual(['Vous n’êtes pas autorisé à effectuer cette action.'])
    const missing = await api.rest('GET', '/themes/999999', { token: adminToken, headers })
    expect(missing.status).toBe(404)
    for (const message of messagesOf(missing.json)) expect(message).not.toMatch(ENGLISH)
  })
})

describe('GraphQL answers in French too', () => {
  it('a reset with a bad token', async () => {
    const { json } = await api.graphql('mutation { resetPasswordUser(token: "faux-jeton", password: "Un-nouveau-mot-2026!") { token } }')
    expect(json.errors.map((error: any) => error.message)).toEqual(['Le lien de réinitialisation n’est pas valide ou a expiré\u00a0: demandez-en un nouveau.'])
  })
})
