import { beforeAll, describe, expect, it } from '@jest/globals'
import { REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { CollectionSlug } from 'payload'

import { DEFAULT_EDITOR_NODE_TYPES } from '../../src/fields/richTextNodes'
import { editorRules } from '../../src/fields/safeFieldValidators'
import { UPLOAD_LIMITS } from '../../src/fields/uploadLimits'
import { CHANNELS, type Channel, expectOutcome, type Matrix, type Result, type SignedInActor, TINY_PNG } from '../helpers/matrix'
import { useTestPayload } from '../helpers/payload'
import { type Demo, openDemoMatrix, uniqueSiret } from './access.fixtures'

/**
 * Input that must be refused whatever the channel (Local API, REST, GraphQL, CSV import): addresses a browser
 * would run (`javascript:`, `data:`…) in websites and rich-text links, node types the editor does not offer,
 * and uploads past their collection's size limit — each with a French message, a 4xx, and nothing written.
 */
const context = useTestPayload()
let matrix: Matrix
let demo: Demo

beforeAll(async () => {
  ;({ matrix, demo } = await openDemoMatrix(context.payload))
})

const MB = 1024 * 1024
const HOSTILE_URLS = [
  'javascript:alert(document.cookie)',
  'JaVaScRiPt:alert(1)',
  ' \n\tjavascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example',
  'https://www.caf.fr@evil.example',
]

function expectRefused(result: Result, label: string, context: string): void {
  expectOutcome(result, 'denied', context)
  expect({ context, status: result.status }).toEqual({ context, status: 400 })
  expect({ context, names: result.message.includes(`« ${label}`) }).toEqual({ context, names: true })
}

const text = (value: string) => ({ type: 'text', text: value, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })
const richText = (...children: unknown[]) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    direction: 'ltr',
    version: 1,
    children: [{ type: 'paragraph', format: '', indent: 0, direction: 'ltr', version: 1, textFormat: 0, children }],
  },
})
const link = (url: string, type = 'link') => ({
  type,
  fields: { url, linkType: 'custom', newTab: false },
  children: [text('notre site')],
  format: '',
  indent: 0,
  direction: 'ltr',
  version: 3,
})

describe.each(CHANNELS)('websites via %s', (channel: Channel) => {
  it.each(HOSTILE_URLS)('a partner’s website %j is refused, naming the field', async (url) => {
    const id = demo.partners.mlLot
    const before = (await matrix.raw('partners', id)).website
    expectRefused(await matrix.update(channel, 'partnerMlLot', 'partners', id, { website: url }), 'Site internet', `${channel} ${JSON.stringify(url)}`)
    expect((await matrix.raw('partners', id)).website).toBe(before)
  })

  it('a web address is stored, and the field may be emptied', async () => {
    const id = demo.partners.mlLot
    for (const website of ['https://www.mission-locale-lot.fr/accueil?ville=cahors', 'http://pij-cahors.fr', '']) {
      expectOutcome(await matrix.update(channel, 'partnerMlLot', 'partners', id, { website }), 'allowed', `${channel} ${website}`)
      expect((await matrix.raw('partners', id)).website ?? '').toBe(website)
    }
  })

  it('the territory’s contact website is checked the same way', async () => {
    const id = demo.territories.lot
    const before = (await matrix.raw('territories', id)).contact?.website
    expectRefused(await matrix.update(channel, 'animatorLot', 'territories', id, { contact: { website: 'javascript:alert(1)' } }), 'Site internet', channel)
    expect((await matrix.raw('territories', id)).contact?.website).toBe(before)
    expectOutcome(await matrix.update(channel, 'animatorLot', 'territories', id, { contact: { website: 'https://www.lot.fr' } }), 'allowed', channel)
  })

  it('creating a partner with a hostile website writes nothing', async () => {
    const before = await matrix.count('partners')
    const type = channel === 'graphql' ? 'mission_locale' : 'mission-locale' // GraphQL's enum spelling
    const data = {
      name: `Organisme ${channel}`,
      siret: uniqueSiret(),
      type,
      defaultContactDelayDays: 3,
      website: 'data:text/html,<b>x</b>',
      territories: [demo.territories.lot],
    }
    const result = await matrix.create(channel, 'admin', 'partners', data)
    expectOutcome(result, 'denied', channel)
    expect(result.message).toContain('« Site internet »')
    expect(await matrix.count('partners')).toBe(before)
  })
})

describe('rich-text node types', () => {
  it('are read from the configured editor’s features: exactly those it offers', () => {
    const field = context.payload.collections.offers.config.fields.find((candidate) => 'name' in candidate && candidate.name === 'description')
    const types = [...editorRules((field as { editor?: unknown }).editor).nodeTypes].sort()
    expect(types).toEqual([...DEFAULT_EDITOR_NODE_TYPES].sort())
  })
})

describe.each(CHANNELS)('rich text via %s', (channel: Channel) => {
  const offer = () => demo.publishedOffer.mlLot
  const CASES: [string, unknown, string][] = [
    ['a javascript: link', richText(text('Voir '), link('javascript:alert(1)')), 'javascript:alert(1)'],
    ['a JaVaScRiPt: autolink', richText(link('JaVaScRiPt:alert(1)', 'autolink')), 'JaVaScRiPt'],
    ['a data: link', richText(link('data:text/html;base64,PHNjcmlwdD4=')), 'data:'],
    ['a link whose scheme hides a tab', richText(link('java\tscript:alert(1)')), 'espace'],
    ['a protocol-relative link', richText(link('//evil.example')), 'n’est pas acceptée'],
    ['an unknown node type', richText({ type: 'html', html: '<img src=x onerror=alert(1)>', version: 1 }), 'non pris en charge'],
    [
      'an unknown block',
      { root: { type: 'root', children: [{ type: 'block', fields: { blockType: 'iframe', src: 'https://evil.example' }, version: 2 }] } },
      'non pris en charge',
    ],
  ]

  it.each(CASES)('%s in an offer’s description is refused, naming the field', async (_label, description, fragment) => {
    const before = JSON.stringify((await matrix.raw('offers', offer())).description)
    const result = await matrix.update(channel, 'admin', 'offers', offer(), { description })
    expectRefused(result, 'Description', `${channel} ${_label}`)
    expect(result.message).toContain(fragment)
    expect(JSON.stringify((await matrix.raw('offers', offer())).description)).toBe(before)
  })

  it('web, e-mail and phone links are accepted', async () => {
    const description = richText(
      text('Écris-nous : '),
      link('mailto:contact@mission-locale-lot.fr'),
      text(', appelle le '),
      link('tel:+33565000000'),
      text(' ou va sur '),
      link('https://www.mission-locale-lot.fr', 'autolink'),
    )
    expectOutcome(await matrix.update(channel, 'admin', 'offers', offer(), { description }), 'allowed', channel)
  })

  it('a partner creating an offer with a hostile link writes nothing', async () => {
    const before = await matrix.count('offers')
    const source = await matrix.raw('offers', offer())
    const data = {
      title: `Atelier ${channel}`,
      summary: 'Un atelier pour refaire ton CV.',
      description: richText(link('javascript:alert(1)')),
      partner: source.partner,
      territory: source.territory,
      theme: source.theme,
      status: 'brouillon',
      contactDelayDays: 3,
    }
    const result = await matrix.create(channel, 'partnerMlLot', 'offers', data)
    expectOutcome(result, 'denied', channel)
    expect(result.message).toContain('« Description')
    expect(await matrix.count('offers')).toBe(before)
  })
})

describe('the CSV import refuses the same addresses', () => {
  it('a partner line with a javascript: website is reported on its field, nothing is written', async () => {
    const token = matrix.token('animatorLot')!
    const header = 'Nom;SIRET;Type de structure;Commune (code INSEE);Site internet'
    const csv = [header, `Organisme piégé;${uniqueSiret()};Association;46042;javascript:alert(1)`].join('\n')
    const url = new URL(`http://localhost:3000/api/boussole/imports/partners?territory=${demo.territories.lot}&mode=preview`)
    const response = await REST_POST(context.payload.config)(
      new Request(url, { method: 'POST', headers: { Authorization: `JWT ${token}`, 'Content-Type': 'text/csv; charset=utf-8' }, body: csv }),
      { params: Promise.resolve({ slug: ['boussole', 'imports', 'partners'] }) },
    )
    const json = await response.json()
    expect(response.status).toBe(200)
    const row = json.rows[0]
    expect(row.ok).toBe(false)
    expect(row.errors).toEqual([expect.objectContaining({ field: 'website', message: expect.stringContaining('« Site internet »') })])
  })
})

/* ---------- Uploads ---------- */

/** A real 1×1 PNG padded to `size` bytes (PNG readers ignore what follows IEND). */
const pngOf = (size: number): Buffer => {
  const buffer = Buffer.alloc(size)
  TINY_PNG.copy(buffer)
  return buffer
}
/** A minimal PDF padded to `size` bytes (a comment block before the cross-reference table). */
const pdfOf = (size: number): Buffer => {
  const head = '%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n%'
  const tail = '\nxref\n0 1\n0000000000 65535 f \ntrailer<</Root 1 0 R>>\n%%EOF\n'
  return Buffer.concat([Buffer.from(head), Buffer.alloc(Math.max(0, size - head.length - tail.length), 'a'), Buffer.from(tail)])
}

async function multipart(
  method: 'POST' | 'PATCH',
  actor: SignedInActor,
  slug: CollectionSlug,
  file: { data: Buffer; type: string; name: string },
  data: Record<string, unknown>,
  id?: number,
) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file.data)], { type: file.type }), file.name)
  form.append('_payload', JSON.stringify(data))
  const path = id ? `/${slug}/${id}` : `/${slug}`
  const request = new Request(`http://localhost:3000/api${path}`, { method, body: form, headers: { Authorization: `JWT ${matrix.token(actor)}` } })
  const handler = method === 'POST' ? REST_POST(context.payload.config) : REST_PATCH(context.payload.config)
  const response = await handler(request, { params: Promise.resolve({ slug: path.slice(1).split('/') }) })
  const text = await response.text()
  return { status: response.status, json: text ? JSON.parse(text) : null }
}

const messages = (json: any): string => (json?.errors ?? []).map((error: any) => error.message).join(' | ')

describe('upload size limits', () => {
  it('an image past 2 MB is refused with a 413 in French (REST multipart, Local API), nothing written', async () => {
    const before = await matrix.count('media')
    for (const size of [UPLOAD_LIMITS.media + 1, 3 * MB, 12 * MB]) {
      const rest = await multipart('POST', 'partnerMlLot', 'media', { data: pngOf(size), type: 'image/png', name: 'logo.png' }, { alt: 'Logo' })
      expect({ size, status: rest.status }).toEqual({ size, status: 413 })
      expect(messages(rest.json)).toMatch(
        size > UPLOAD_LIMITS.charters
          ? /^Le fichier est trop volumineux : 10 Mo au maximum\.$/
          : /^Le fichier est trop volumineux( \(3 Mo\))? : 2 Mo au maximum\.$/,
      )
    }
    const local = await context.payload
      .create({
        collection: 'media',
        data: { alt: 'Logo' },
        file: { data: pngOf(3 * MB), mimetype: 'image/png', name: 'logo.png', size: 3 * MB },
        user: matrix.user('partnerMlLot'),
        overrideAccess: false,
      })
      .then(
        () => null,
        (error) => error,
      )
    expect(local?.status).toBe(413)
    expect(local?.message).toBe('Le fichier est trop volumineux (3 Mo) : 2 Mo au maximum.')
    expect(await matrix.count('media')).toBe(before)
  })

  it('a normal logo still passes', async () => {
    const rest = await multipart('POST', 'partnerMlLot', 'media', { data: TINY_PNG, type: 'image/png', name: 'petit-logo.png' }, { alt: 'Logo' })
    expect(rest.status).toBe(201)
    const local = await context.payload.create({
      collection: 'media',
      data: { alt: 'Logo' },
      file: { data: pngOf(UPLOAD_LIMITS.media), mimetype: 'image/png', name: 'logo-2mo.png', size: UPLOAD_LIMITS.media },
      user: matrix.user('partnerMlLot'),
      overrideAccess: false,
    })
    expect(local.filesize).toBe(UPLOAD_LIMITS.media)
  })

  it('a charter’s PDF past 10 MB is refused, a signed scan of a few MB is kept', async () => {
    const charter = (await matrix.all('charters', { partner: { equals: demo.partners.pijCahors } }))[0]
    const big = await multipart(
      'PATCH',
      'animatorLot',
      'charters',
      { data: pdfOf(UPLOAD_LIMITS.charters + 1024), type: 'application/pdf', name: 'charte.pdf' },
      {},
      charter.id,
    )
    expect(big.status).toBe(413)
    expect(messages(big.json)).toMatch(/volumineux.*10 Mo au maximum/)
    const local = await context.payload
      .update({
        collection: 'charters',
        id: charter.id,
        data: {},
        file: { data: pdfOf(11 * MB), mimetype: 'application/pdf', name: 'charte.pdf', size: 11 * MB },
        user: matrix.user('animatorLot'),
        overrideAccess: false,
      })
      .then(
        () => null,
        (error) => error,
      )
    expect(local?.status).toBe(413)
    expect((await matrix.raw('charters', charter.id)).filesize ?? null).toBe(charter.filesize ?? null)
    const normal = await multipart(
      'PATCH',
      'animatorLot',
      'charters',
      { data: pdfOf(3 * MB), type: 'application/pdf', name: 'charte-signee.pdf' },
      {},
      charter.id,
    )
    expect(normal.status).toBe(200)
    expect((await matrix.raw('charters', charter.id)).filesize).toBe(3 * MB)
  })
})
