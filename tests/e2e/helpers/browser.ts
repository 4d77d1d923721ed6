import { afterAll, beforeAll } from '@jest/globals'
import { readFileSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core'

/** Debian's Chromium, never a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export const MOBILE: BrowserContextOptions = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true }
export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 900 } }

export const baseUrl = (): string => {
  const url = process.env.BOUSSOLE_E2E_BASE_URL
  if (!url) throw new Error('Lance les tests e2e avec jest (tests/e2e/setup/globalSetup.ts).')
  return url
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true })
}

/** Contexts created with JavaScript disabled (axe then needs a moment of script execution, see `axe`). */
const withoutJavaScript = new WeakSet<BrowserContext>()

/** One browser for the test file: launched before its tests, closed after. Call at the top level of the file. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await launch()
  }, 60_000)
  afterAll(async () => {
    await browser?.close()
  })
  return () => {
    if (!browser) throw new Error('The browser is not launched yet (useBrowser is for beforeAll/test bodies).')
    return browser
  }
}

/** The demo accounts' password (src/seed/users.ts). */
export const DEMO_PASSWORD = 'Boussole-demo-2026!'

/** A new page of `context`, signed in to the back office as `email` through the login form. */
export async function logInToAdmin(context: BrowserContext, email: string, password = DEMO_PASSWORD): Promise<Page> {
  const page = await context.newPage()
  await page.goto('/admin/login')
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(password)
  await page.locator('form button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.startsWith('/admin/login'), { timeout: 60_000 })
  return page
}

export async function newContext(browser: Browser, options: BrowserContextOptions & { javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: baseUrl(), locale: 'fr-FR', timezoneId: 'Europe/Paris', ...options })
  if (options.javaScriptEnabled === false) withoutJavaScript.add(context)
  context.setDefaultTimeout(15_000)
  context.setDefaultNavigationTimeout(30_000)
  return context
}

const SHOTS = path.resolve(process.cwd(), 'tests/artifacts/screenshots')

/** Full-page screenshot kept as an artefact (tests/artifacts/screenshots, git-ignored). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true })
}

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[]; failureSummary?: string }[]
}

const AXE_SOURCE = readFileSync(path.resolve(process.cwd(), 'node_modules/axe-core/axe.min.js'), 'utf8')

const AXE_OPTIONS = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  resultTypes: ['violations'],
}

async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE)
  return page.evaluate(async (options) => {
    const result = await (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe.run(
      document,
      options,
    )
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({ target: node.target, failureSummary: node.failureSummary })),
    }))
  }, AXE_OPTIONS)
}

/**
 * Waits for a scripted page to finish arriving before it is judged: after a client-side navigation, Next streams the
 * new page's metadata, so for a moment the document has no <title> (seen on a loaded machine). A title still missing
 * after the wait is reported by axe, as it should be.
 */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {})
  await page.waitForFunction(() => document.title.trim() !== '', undefined, { timeout: 5_000 }).catch(() => {})
}

/**
 * axe-core (WCAG 2.x A and AA + best practices) on the current page, injected as a script (@axe-core/playwright
 * does not install on Node 20). axe needs timers, which never fire in a page without JavaScript: such a page is
 * checked as a copy of its DOM (scripts removed, <noscript> content applied, same origin so the stylesheets
 * load) in a scripted page, which is exactly what a visitor without JavaScript gets.
 */
export async function axe(page: Page): Promise<AxeViolation[]> {
  if (!withoutJavaScript.has(page.context())) {
    await settled(page)
    return runAxe(page)
  }
  const html = (await page.content()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '').replace(/<\/?noscript>/gi, '')
  const browser = page.context().browser()!
  const copy = await browser.newContext({ viewport: page.viewportSize() ?? undefined, locale: 'fr-FR' })
  try {
    const mirror = await copy.newPage()
    await mirror.route('**/*', (route) => (route.request().resourceType() === 'script' ? route.abort() : route.continue()))
    await mirror.goto(new URL('/robots.txt', page.url()).toString())
    await mirror.setContent(html, { waitUntil: 'load' })
    return await runAxe(mirror)
  } finally {
    await copy.close()
  }
}

/** Readable summary for assertion messages. */
export const describeViolations = (violations: AxeViolation[]): string =>
  violations
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help}\n  ${violation.nodes.map((node) => node.target.join(' ')).join('\n  ')}`)
    .join('\n')
