import { describe, expect, it } from '@jest/globals'

import { answerLabel, conditionText, questionTree } from '../../src/admin/workflows/questionnaires/questionTree'
import { offerDiff } from '../../src/admin/workflows/validation/offerDiff'
import type { Question } from '../../src/domain/questionnaire/types'
import { richTextToPlainText } from '../../src/domain/shared/richTextToPlainText'
import type { Offer } from '../../src/payload-types'

/** Pure helpers of the back-office screens (no database needed); the freshness rule: tests/unit/offerFreshness.test.ts. */
describe('question tree', () => {
  const questions: Question[] = [
    { key: 'age', label: 'Quel âge as-tu ?', type: 'number' },
    {
      key: 'situation',
      label: 'Quelle est ta situation ?',
      type: 'single',
      options: [
        { value: 'etudiant', label: 'Étudiant(e)' },
        { value: 'demandeur_emploi', label: 'Je cherche un emploi' },
      ],
    },
    { key: 'inscrit', label: 'Es-tu inscrit(e) à France Travail ?', type: 'boolean', conditions: [{ questionKey: 'situation', values: ['demandeur_emploi'] }] },
    { key: 'indemnise', label: 'Es-tu indemnisé(e) ?', type: 'boolean', conditions: [{ questionKey: 'inscrit', values: ['oui'] }] },
    { key: 'perdue', label: 'Question mal reliée', type: 'boolean', conditions: [{ questionKey: 'plus_tard', values: ['oui'] }] },
  ]

  it('hangs each conditional question under the question it depends on', () => {
    const tree = questionTree(questions)
    expect(tree.map((node) => node.question.key)).toEqual(['age', 'situation', 'perdue'])
    const situation = tree[1]
    expect(situation.children.map((node) => [node.question.key, node.when])).toEqual([
      ['inscrit', ['« Quelle est ta situation ? » est « Je cherche un emploi »']],
    ])
    expect(situation.children[0].children.map((node) => node.question.key)).toEqual(['indemnise'])
    expect(tree[2].orphan).toBe(true)
  })

  it('names the answers that lead to a question', () => {
    expect(answerLabel(questions[1], 'demandeur_emploi')).toBe('Je cherche un emploi')
    expect(answerLabel(questions[2], 'oui')).toBe('Oui')
    expect(answerLabel(undefined, 'x')).toBe('x')
  })

  it('writes negative and combined conditions in words, hung under the latest question they read', () => {
    const negative = [
      ...questions.slice(0, 3),
      {
        key: 'aide',
        label: 'Veux-tu de l’aide ?',
        type: 'boolean' as const,
        conditions: [
          { questionKey: 'situation', operator: 'notIn' as const, values: ['etudiant'] },
          { questionKey: 'inscrit', values: ['non'] },
        ],
      },
    ]
    const inscrit = questionTree(negative)[1].children[0]
    expect(inscrit.children.map((node) => [node.question.key, node.when])).toEqual([
      ['aide', ['« Quelle est ta situation ? » n’est pas « Étudiant(e) »', '« Es-tu inscrit(e) à France Travail ? » est « Non »']],
    ])
    expect(conditionText({ questionKey: 'situation', operator: 'notIn', values: ['etudiant', 'demandeur_emploi'] }, negative)).toBe(
      '« Quelle est ta situation ? » n’est ni « Étudiant(e) » ni « Je cherche un emploi »',
    )
  })
})

describe('offer diff', () => {
  const lexical = (text: string) => ({ root: { children: [{ children: [{ text }] }, { children: [{ text: 'Suite.' }] }] } }) as unknown as Offer['description']

  it('reads rich text as plain paragraphs', () => {
    expect(richTextToPlainText(lexical('Bonjour'))).toBe('Bonjour\n\nSuite.')
    expect(richTextToPlainText(null)).toBe('')
  })

  it('marks the fields that changed since the published version', () => {
    const published = {
      title: 'Atelier CV',
      summary: 'Deux heures.',
      description: lexical('Le mardi'),
      contactDelayDays: 3,
      rules: [{ criterion: 'age', min: 16, max: 25 }],
    }
    const submitted = { ...published, description: lexical('Le jeudi'), contactDelayDays: 2 }
    const rows = offerDiff(published, submitted)
    expect(rows.filter((row) => row.changed).map((row) => [row.field, row.before, row.after])).toEqual([
      ['description', 'Le mardi\n\nSuite.', 'Le jeudi\n\nSuite.'],
      ['contactDelayDays', '3 jour(s)', '2 jour(s)'],
    ])
    expect(rows.find((row) => row.field === 'rules')?.after).toBe('age : min 16, max 25')
  })

  it('shows everything as new for a first publication', () => {
    expect(offerDiff(null, { title: 'Nouvelle offre' }).every((row) => !row.changed)).toBe(true)
  })
})
