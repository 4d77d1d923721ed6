/**
 * `npm run measure:web`: each page of the young person's flow as a weak phone gets it, on the production build.
 *
 * Debian's Chromium, 360×740, emulated slow 4G (1.6 Mb/s down, 750 kb/s up, 150 ms round trip) and a CPU slowed
 * down 4×. For each page: the bytes transferred on a first visit (empty cache) by type, then on arriving from the
 * previous page of the flow (warm cache: what following the link costs), first contentful paint and largest
 * contentful paint of the first visit, and the font faces the page really used. Budgets (issue #14): ≤ 200 KB
 * on a first visit, ≤ 30 KB for the next page, LCP ≤ 2.5 s. Exit code 1 when a page is over one of them.
 *
 * Without `--url` the script starts what the browser tests use (fresh demo database, production build, SMTP
 * capture, job worker) and stops it afterwards. Options: --url=http://127.0.0.1:3000 (a running site with the
 * demo data), --json, --shots=DIR (a full-page screenshot of each page, to compare two builds).
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core'

import { MEASURED_FLOW, type FlowPage } from './lib/webFlow'

const args = new Map(process.argv.slice(2).map((arg) => [arg.replace(/^--/, '').split('=')[0], arg.split('=').slice(1).join('=') || 'true']))
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const FIRST_VISIT_BUDGET = 200 * 1024
const NEXT_PAGE_BUDGET = 30 * 1024
const LCP_BUDGET_MS = 2500
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 }
const CPU_SLOWDOWN = 4

interface Transfer {
  total: number
  byType: Record<string, number>
}

interface PageFigures {
  name: string
  path: string
  firstVisit: Transfer
  nextPage: Transfer | null
  fcpMs: number | null
  lcpMs: number | null
  fonts: string[]
}

/** Counts the bytes on the wire (headers included, compressed as sent) of every response, by resource type. */
async function recordTransfers(session: CDPSession): Promise<() => Transfer> {
  const types = new Map<string, string>()
  const transfer: Transfer = { total: 0, byType: {} }
  session.on('Network.requestWillBeSent', (event) => types.set(event.requestId, typeName(event.type)))
  session.on('Network.loadingFinished', (event) => {
    const type = types.get(event.requestId) ?? 'autre'
    transfer.byType[type] = (transfer.byType[type] ?? 0) + event.encodedDataLength
    transfer.total += event.encodedDataLength
  })
  await session.send('Network.enable')
  return () => ({ total: transfer.total, byType: { ...transfer.byType } })
}

function typeName(type: string | undefined): string {
  switch (type) {
    case 'Document':
      return 'html'
    case 'Stylesheet':
      return 'css'
    case 'Font':
      return 'polices'
    case 'Script':
      return 'js'
    case 'Image':
      return 'images'
    case 'Fetch':
    case 'XHR':
      return 'données'
    default:
      return 'autre'
  }
}

async function throttled(context: BrowserContext, page: Page): Promise<CDPSession> {
  const session = await context.newCDPSession(page)
  await session.send('Network.enable')
  await session.send('Network.emulateNetworkConditions', SLOW_4G)
  await session.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
  return session
}

const difference = (after: Transfer, before: Transfer): Transfer => ({
  total: after.total - before.total,
  byType: Object.fromEntries(Object.entries(after.byType).map(([type, bytes]) => [type, bytes - (before.byType[type] ?? 0)])),
})

/** FCP and LCP of the current document, read once the page has loaded and settled. */
async function paints(page: Page): Promise<{ fcpMs: number | null; lcpMs: number | null }> {
  return page.evaluate(
    () =>
      new Promise<{ fcpMs: number | null; lcpMs: number | null }>((resolve) => {
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null
        let lcp: number | null = null
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) lcp = entry.startTime
        }).observe({ type: 'largest-contentful-paint', buffered: true })
        setTimeout(() => resolve({ fcpMs: fcp, lcpMs: lcp }), 50)
      }),
  )
}

/** The font faces the page downloaded and used (family, weight, style). */
const usedFonts = (page: Page) =>
  page.evaluate(() =>
    [...document.fonts].filter((face) => face.status === 'loaded').map((face) => `${face.family.replace(/"/g, '')} ${face.weight} ${face.style}`),
  )

async function measure(browser: Browser, baseUrl: string): Promise<PageFigures[]> {
  const figures: PageFigures[] = []
  const shots = args.get('shots')
  if (shots) mkdirSync(shots, { recursive: true })
  // The flow is walked once in one context (warm cache: the « next page » figures), each page's address is then
  // visited again in a fresh context (empty cache: the « first visit » figures).
  const walk = await browser.newContext({ baseURL: baseUrl, viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, locale: 'fr-FR' })
  const walkPage = await walk.newPage()
  const walkTransfers = await recordTransfers(await throttled(walk, walkPage))
  const visited: { step: FlowPage; url: string; nextPage: Transfer | null }[] = []
  for (const [index, step] of MEASURED_FLOW.entries()) {
    const before = walkTransfers()
    const url = await step.reach(walkPage, baseUrl)
    await walkPage.waitForLoadState('networkidle')
    visited.push({ step, url, nextPage: index === 0 ? null : difference(walkTransfers(), before) })
  }
  await walk.close()

  for (const { step, url, nextPage } of visited) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, locale: 'fr-FR' })
    try {
      const page = await context.newPage()
      const transfers = await recordTransfers(await throttled(context, page))
      await page.goto(url, { waitUntil: 'load' })
      await page.waitForLoadState('networkidle')
      const { fcpMs, lcpMs } = await paints(page)
      if (shots) await page.screenshot({ path: path.join(shots, `${step.name}.png`), fullPage: true })
      figures.push({ name: step.name, path: new URL(url).pathname, firstVisit: transfers(), nextPage, fcpMs, lcpMs, fonts: await usedFonts(page) })
    } finally {
      await context.close()
    }
  }
  return figures
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1)
const ms = (value: number | null) => (value === null ? '—' : `${(value / 1000).toFixed(2)} s`)

function print(figures: PageFigures[]): boolean {
  const types = ['html', 'css', 'polices', 'js', 'images', 'données', 'autre']
  console.info('Pages du parcours jeune, Chromium 360×740, 4G lente (1,6 Mb/s, 150 ms), processeur ÷4')
  console.info(`Budgets : 1re visite ≤ ${kb(FIRST_VISIT_BUDGET)} Ko, page suivante ≤ ${kb(NEXT_PAGE_BUDGET)} Ko, LCP ≤ ${ms(LCP_BUDGET_MS)}\n`)
  console.info(['Page'.padEnd(14), '1re visite', ...types.map((type) => type.padStart(8)), 'suivante', 'FCP'.padStart(7), 'LCP'.padStart(7), ''].join('  '))
  let within = true
  for (const page of figures) {
    const over = [
      page.firstVisit.total > FIRST_VISIT_BUDGET && '1re visite',
      page.nextPage && page.nextPage.total > NEXT_PAGE_BUDGET && 'page suivante',
      (page.lcpMs === null || page.lcpMs > LCP_BUDGET_MS) && 'LCP',
    ].filter(Boolean)
    if (over.length) within = false
    console.info(
      [
        page.name.padEnd(14),
        `${kb(page.firstVisit.total)} Ko`.padStart(10),
        ...types.map((type) => kb(page.firstVisit.byType[type] ?? 0).padStart(8)),
        (page.nextPage ? `${kb(page.nextPage.total)} Ko` : '—').padStart(8),
        ms(page.fcpMs).padStart(7),
        ms(page.lcpMs).padStart(7),
        over.length ? `✗ ${over.join(', ')}` : '✓',
      ].join('  '),
    )
  }
  const fonts = [...new Set(figures.flatMap((page) => page.fonts))].sort()
  console.info(`\nPolices utilisées : ${fonts.join(' ; ') || 'aucune'}`)
  return within
}

async function main(): Promise<number> {
  let baseUrl = args.get('url')
  let stop = async () => {}
  if (!baseUrl) {
    const { default: globalSetup } = await import('../tests/e2e/setup/globalSetup')
    const { default: globalTeardown } = await import('../tests/e2e/setup/globalTeardown')
    await globalSetup()
    baseUrl = process.env.BOUSSOLE_E2E_BASE_URL!
    stop = globalTeardown
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    headless: true,
  })
  try {
    const figures = await measure(browser, baseUrl)
    if (args.has('json')) console.info(JSON.stringify(figures, null, 2))
    return print(figures) ? 0 : 1
  } finally {
    await browser.close()
    await stop()
  }
}

process.exit(await main())
