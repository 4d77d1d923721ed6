import { expect, test } from '@jest/globals'

import { MEASURED_FLOW } from '../../scripts/lib/webFlow'
import { baseUrl, MOBILE, newContext, useBrowser } from './helpers/browser'

/**
 * The public pages ship no framework (server.ts, `withoutFrameworkScripts`): along the whole youth flow the browser
 * downloads one script, the site's own, and the pages carry no React payload; the back office keeps Next.js's.
 */
const browser = useBrowser()

test('le parcours jeune ne télécharge qu’un script, celui du site', async () => {
  const context = await newContext(browser(), MOBILE)
  try {
    const page = await context.newPage()
    const scripts = new Set<string>()
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname)
    })
    for (const step of MEASURED_FLOW) {
      await step.reach(page, baseUrl())
      await page.waitForLoadState('networkidle')
      const html = await page.content()
      expect(`${step.name} : ${/self\.__next_f|\/_next\/static\/chunks\/[^"]+\.js/.exec(html)?.[0] ?? 'aucun script du framework'}`).toBe(
        `${step.name} : aucun script du framework`,
      )
    }
    expect([...scripts]).toEqual(['/assets/site.js'])
  } finally {
    await context.close()
  }
}, 120_000)

test('le back-office garde les scripts de Next.js', async () => {
  const response = await fetch(`${baseUrl()}/admin/login`)
  expect(await response.text()).toMatch(/<script[^>]+src="\/_next\/static\/chunks\/[^"]+\.js"/)
})
