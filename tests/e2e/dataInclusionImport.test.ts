import { afterAll, describe, expect, test } from '@jest/globals'

import { demoSiret } from '../../src/seed/siret'
import { seriousViolations } from './helpers/backOffice'
import { DESKTOP, logInToAdmin, newContext, screenshot, useBrowser } from './helpers/browser'
import { useDatabase } from './helpers/database'

/**
 * The Lot's animator pre-fills the territory from a data·inclusion v1 file generated here: « Vérifier » shows each
 * line's outcome and writes nothing, « Importer » writes the organisation and its offer as a draft.
 */
const browser = useBrowser()
const database = useDatabase()
const PREFIX = 'E2E data·inclusion'

const file = () => {
  const structure = { source: 'dora', id: 'e2e-s', nom: `${PREFIX} — Espace jeunes de Lalbenque`, date_maj: '2026-11-02', siret: demoSiret('83456712', '0019') }
  const service = {
    source: 'dora',
    structure_id: 'e2e-s',
    id: 'e2e-v',
    nom: `${PREFIX} — Atelier CV`,
    description: 'Deux heures pour refaire ton CV avec une conseillère, chaque mardi.',
    date_maj: '2026-11-02',
    thematiques: ['preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation'],
    zone_eligibilite: ['46'],
  }
  return { name: 'dora.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ structures: [structure], services: [service, service] })) }
}

describe('data·inclusion import in the back office', () => {
  // Inside the describe: runs before useDatabase closes its connection.
  afterAll(async () => {
    // The other browser test files share this database.
    await database.query(`delete from _offers_v where parent_id in (select id from offers where title like $1)`, [`${PREFIX}%`])
    await database.query(`delete from offers where title like $1`, [`${PREFIX}%`])
    await database.query(`delete from partners where name like $1`, [`${PREFIX}%`])
  })

  test('the animator previews the file line by line, then imports it as drafts', async () => {
    const context = await newContext(browser(), DESKTOP)
    const page = await logInToAdmin(context, 'animateur.lot@boussole.test')
    await page.goto('/admin/import-data-inclusion')
    const form = page.getByTestId('data-inclusion-import')
    await form.waitFor()
    await form.locator('input[type="file"]').setInputFiles(file())
    await form.getByRole('button', { name: 'Vérifier le fichier' }).click()
    const table = page.locator('table.bw-table')
    await table.waitFor()
    await expect(table.locator('tbody tr').allInnerTexts()).resolves.toEqual([
      expect.stringMatching(/Structure n° 1\s+Structure\s+.*Espace jeunes de Lalbenque\s+À créer/),
      expect.stringMatching(/Service n° 1\s+Service\s+.*Atelier CV\s+À créer\s+Brouillon de .*thème « Emploi »/),
      expect.stringMatching(/Service n° 2\s+Service\s+.*Doublon ignoré\s+Même identifiant que service n° 1/),
    ])
    expect((await database.query(`select count(*)::int as n from offers where title like $1`, [`${PREFIX}%`])).rows[0].n).toBe(0)
    expect(await seriousViolations(page)).toBe('')
    await screenshot(page, 'data-inclusion-01-apercu')

    await form.getByRole('button', { name: /^Importer \(2 éléments\)$/ }).click()
    await form.getByText(/Import terminé : 1 organisme créé, 1 offre créée en brouillon/).waitFor()
    await screenshot(page, 'data-inclusion-02-importe')
    const { rows } = await database.query<{ status: string }>(`select status from offers where title like $1`, [`${PREFIX}%`])
    expect(rows).toEqual([{ status: 'brouillon' }])
    await context.close()
  }, 120_000)
})
