import type { Page } from 'playwright-core'

import { JOB_SEEKER } from '../../tests/e2e/helpers/answers'

/**
 * The young person's flow on the demo data, page by page, as `npm run measure:web` walks it: a 19-year-old job
 * seeker of Cahors (Lot) looks for help with finding a job, leaves an email, then opens the page of the request.
 * `reach` arrives on the page from the previous one and returns its address (visited again later, cache empty).
 */
export interface FlowPage {
  name: string
  reach: (page: Page, baseUrl: string) => Promise<string>
}

const CAHORS = '46042'
const answers = Buffer.from(JSON.stringify(JOB_SEEKER)).toString('base64url')

const open = (address: string) => async (page: Page, baseUrl: string) => {
  await page.goto(new URL(address, baseUrl).toString(), { waitUntil: 'load' })
  return page.url()
}

/** Follows the first link of the page's content whose address starts with `prefix`. */
const follow = (prefix: string) => async (page: Page, baseUrl: string) => {
  const href = await page.locator(`#contenu a[href^="${prefix}"]`).first().getAttribute('href')
  if (!href) throw new Error(`Aucun lien vers ${prefix} sur ${page.url()}`)
  return open(href)(page, baseUrl)
}

export const MEASURED_FLOW: FlowPage[] = [
  { name: 'accueil', reach: open('/') },
  { name: 'recherche', reach: open('/recherche?q=cahors') },
  { name: 'commune', reach: open(`/commune/${CAHORS}`) },
  { name: 'questions', reach: open(`/commune/${CAHORS}/emploi/questions`) },
  { name: 'resultats', reach: open(`/commune/${CAHORS}/emploi/resultats?r=${answers}`) },
  { name: 'offre', reach: follow('/offre/') },
  {
    name: 'confirmation',
    reach: async (page) => {
      await page.fill('#lead-email', `mesure.${Date.now()}@exemple.fr`)
      await page.locator('label[for=lead-consent]').click()
      await Promise.all([page.waitForURL(/\/demandes\/\d+\/confirmation/), page.locator('#contenu button[type=submit]').first().click()])
      await page.waitForLoadState('load')
      return page.url()
    },
  },
  { name: 'demande', reach: follow('/demandes/') },
]
