import { describe, expect, test } from '@jest/globals'

import { MEASURED_FLOW } from '../../scripts/lib/webFlow'
import { fitsThePhone } from './helpers/backOffice'
import { baseUrl, newContext, useBrowser } from './helpers/browser'

/**
 * RGAA 10.4 and 10.11 (WCAG 1.4.4, 1.4.10): every page of the youth flow reads at 200 % zoom and reflows at 320 px
 * without scrolling sideways; RGAA 13.8: with « réduire les animations », nothing moves.
 */
const browser = useBrowser()

describe.each([
  ['320 px de large (WCAG 1.4.10)', { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true }],
  ['zoom 200 % d’un écran de 1280 px', { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 }],
])('le parcours jeune à %s', (_label, options) => {
  test('aucune page ne déborde sur le côté', async () => {
    const context = await newContext(browser(), options)
    try {
      const page = await context.newPage()
      for (const step of MEASURED_FLOW) {
        await step.reach(page, baseUrl())
        await fitsThePhone(page)
      }
    } finally {
      await context.close()
    }
  }, 120_000)
})

test.each([
  ['« réduire les animations » : les transitions deviennent instantanées', 'reduce', false],
  ['sans cette préférence, le menu et les fenêtres s’animent (le cas témoin)', 'no-preference', true],
] as const)('%s', async (_case, reducedMotion, moves) => {
  const context = await newContext(browser(), { viewport: { width: 360, height: 740 }, reducedMotion })
  try {
    const page = await context.newPage()
    await page.goto('/')
    const longest = await page.evaluate(() =>
      Math.max(
        ...[...document.querySelectorAll('*')].flatMap((element) =>
          [getComputedStyle(element).transitionDuration, getComputedStyle(element).animationDuration].flatMap((value) =>
            value.split(',').map((part) => parseFloat(part) || 0),
          ),
        ),
      ),
    )
    if (moves) expect(longest).toBeGreaterThan(0.1)
    else expect(longest).toBeLessThan(0.001)
  } finally {
    await context.close()
  }
})
