import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'

/**
 * The layers' import directions (eslint.config.mjs, docs/architecture.md) are a lint rule: each case lints
 * a one-line module placed where it would live, with the project's real configuration, and expects the
 * rule that refuses it (or no error at all for the allowed direction).
 */
interface Case {
  file: string
  code: string
  /** the rule that must refuse the import; null when the import is allowed */
  refusedBy: 'import-x/no-restricted-paths' | 'no-restricted-imports' | null
}

const CASES: Case[] = [
  // The plugin never sees the application.
  {
    file: 'src/plugins/boussole/leads/probe.ts',
    code: "import { OffersListBanner } from '@/admin/workflows/offers/OffersListBanner'",
    refusedBy: 'import-x/no-restricted-paths',
  },
  {
    file: 'src/plugins/boussole/leads/probe.ts',
    code: "import { offerPath } from '../../../app/(frontend)/_lib/paths'",
    refusedBy: 'import-x/no-restricted-paths',
  },
  { file: 'src/plugins/boussole/sla/probe.ts', code: "import { Offers } from '@/collections/Offers'", refusedBy: 'import-x/no-restricted-paths' },
  { file: 'src/plugins/boussole/sla/probe.ts', code: "import { getPerimeter } from '@/access/perimeter'", refusedBy: 'import-x/no-restricted-paths' },
  { file: 'src/plugins/boussole/sla/probe.ts', code: "import { dueDate } from '@/domain/leads/dueDate'", refusedBy: null },
  // The application reaches the plugin through its two entries only.
  { file: 'src/app/(frontend)/probe.ts', code: "import { insertLead } from '@/plugins/boussole/leads/insertLead'", refusedBy: 'import-x/no-restricted-paths' },
  { file: 'src/admin/dashboard/probe.ts', code: "import { getSettings } from '@/plugins/boussole/core/options'", refusedBy: 'import-x/no-restricted-paths' },
  {
    file: 'src/collections/Leads/probe.ts',
    code: "import { queueEmail } from '../../plugins/boussole/jobs/queueEmail'",
    refusedBy: 'import-x/no-restricted-paths',
  },
  { file: 'src/app/(frontend)/probe.ts', code: "import { submitLead } from '@/plugins/boussole/server'", refusedBy: null },
  { file: 'src/app/(frontend)/probe.ts', code: "import { boussolePlugin } from '@/plugins/boussole'", refusedBy: null },
  // The domain is pure.
  { file: 'src/domain/offers/probe.ts', code: "import type { Payload } from 'payload'", refusedBy: 'no-restricted-imports' },
  { file: 'src/domain/offers/probe.ts', code: "import { useState } from 'react'", refusedBy: 'no-restricted-imports' },
  { file: 'src/domain/offers/probe.ts', code: "import { getPerimeter } from '@/access/perimeter'", refusedBy: 'import-x/no-restricted-paths' },
  { file: 'src/domain/offers/probe.ts', code: "import { poolOf } from '@/database/pool'", refusedBy: 'import-x/no-restricted-paths' },
  { file: 'src/domain/offers/probe.ts', code: "import { idOf } from '../shared/ids'", refusedBy: null },
  // Infrastructure serves every layer and imports none of the features.
  { file: 'src/database/probe.ts', code: "import { queueEmail } from '@/plugins/boussole/server'", refusedBy: 'import-x/no-restricted-paths' },
  // Collections do not import pages or back-office views.
  {
    file: 'src/collections/Offers/probe.ts',
    code: "import { OfferControls } from '@/admin/workflows/offers/OfferControls'",
    refusedBy: 'import-x/no-restricted-paths',
  },
]

/** Lints every case in one ESLint process (the config and its resolver load once). */
function lintCases(cases: Case[]): string[][] {
  const script = `
    import { ESLint } from 'eslint'
    const cases = JSON.parse(process.argv[1])
    const eslint = new ESLint({ cwd: process.cwd() })
    const out = []
    for (const { file, code } of cases) {
      const [result] = await eslint.lintText(code + '\\nexport {}\\n', { filePath: file })
      out.push(result.messages.filter((m) => m.severity === 2).map((m) => m.ruleId ?? 'parse'))
    }
    process.stdout.write(JSON.stringify(out))
  `
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(cases)], { cwd: process.cwd(), encoding: 'utf8' })
  return JSON.parse(output)
}

describe('import directions between layers (npm run lint)', () => {
  const results = lintCases(CASES)

  it.each(CASES.map((testCase, index) => [testCase.file, testCase.code, testCase.refusedBy, index] as const))(
    '%s: %s → %s',
    (_file, _code, refusedBy, index) => {
      // An unused import is an error of its own; only the direction rules matter here.
      const directionErrors = results[index].filter((rule) => rule !== '@typescript-eslint/no-unused-vars')
      if (refusedBy === null) expect(directionErrors).toEqual([])
      else expect(directionErrors).toContain(refusedBy)
    },
  )
})
