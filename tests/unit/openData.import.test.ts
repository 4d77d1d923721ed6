import { describe, expect, it } from '@jest/globals'

import { coverageFromZone, type TerritoryCommune } from '../../src/domain/openData/coverageFromZone'
import { DataInclusionFileError, recordsFromCsv, recordsFromJson } from '../../src/domain/openData/dataInclusionRecords'
import { THEMATIQUES } from '../../src/domain/openData/dataInclusionSchema'
import { countLines, planDataInclusionImport, type ImportReference } from '../../src/domain/openData/importDataInclusion'
import { rulesFromPublics } from '../../src/domain/openData/rulesFromPublics'
import { THEMATIQUES_BY_THEME, thematiquesFor } from '../../src/domain/openData/thematiques'
import { THEME_BY_CATEGORY, themeFromThematiques } from '../../src/domain/openData/themeFromThematiques'
import type { Question } from '../../src/domain/questionnaire/types'
import { parseCsv, toCsv } from '../../src/domain/shared/csv'
import { demoSiret } from '../../src/seed/siret'
import { THEMES } from '../../src/seed/themes'

describe('thématiques → theme and sub-theme', () => {
  it.each([
    [['trouver-un-emploi--repondre-a-des-offres-demploi'], 'emploi', 'trouver-un-emploi'],
    [['creer-une-entreprise--developper-son-entreprise'], 'emploi', null],
    [['creer-une-entreprise--definir-son-projet-de-creation-dentreprise'], 'emploi', 'creer-son-activite'],
    [['se-former--trouver-sa-formation', 'se-former--monter-son-dossier-de-formation'], 'formation', 'se-former'],
    [['choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite'], 'formation', 'choisir-son-orientation'],
    [['logement-hebergement--rechercher-une-solution-dhebergement-temporaire'], 'logement', 'urgence'],
    [['sante--addictions'], 'sante', 'addictions'],
    [['souvrir-a-linternational--connaitre-les-opportunites-demploi-a-letranger'], 'mobilite-internationale', 'travailler-a-l-etranger'],
    // the most frequent theme wins…
    [
      ['se-former--trouver-sa-formation', 'trouver-un-emploi--repondre-a-des-offres-demploi', 'trouver-un-emploi--maintien-dans-lemploi'],
      'emploi',
      'trouver-un-emploi',
    ],
  ])('%j → %s / %s', (thematiques, theme, subTheme) => {
    expect(themeFromThematiques(thematiques)).toEqual({ themeSlug: theme, subTheme })
  })

  it('prefers a theme opened in the territory, and maps nothing outside Boussole’s themes', () => {
    const mixed = ['sante--acces-aux-soins', 'sante--sante-mentale', 'logement-hebergement--louer-un-logement']
    expect(themeFromThematiques(mixed)?.themeSlug).toBe('sante')
    expect(themeFromThematiques(mixed, (slug) => slug === 'logement')?.themeSlug).toBe('logement')
    expect(themeFromThematiques(['famille--garde-denfants', 'numerique--acquerir-un-equipement'])).toBeNull()
    expect(themeFromThematiques([])).toBeNull()
  })

  it('reads back every published sub-theme (the publication’s table in reverse)', () => {
    for (const theme of THEMES) {
      for (const subTheme of theme.subThemes) {
        const choice = themeFromThematiques(thematiquesFor(theme.slug, subTheme.slug) ?? [], (slug) => slug === theme.slug)
        expect(choice?.themeSlug).toBe(theme.slug)
      }
    }
    const categories = new Set(THEMATIQUES.map((value) => value.split('--')[0]))
    for (const category of Object.keys(THEME_BY_CATEGORY)) expect(categories).toContain(category)
    for (const slug of Object.values(THEME_BY_CATEGORY)) expect(THEMATIQUES_BY_THEME[slug]).toBeDefined()
  })
})

const commune = (id: number, code: string, epci: string | null, departement = '46', region = '76'): TerritoryCommune => ({
  id,
  code,
  epci,
  departement,
  region,
})
const LOT = [commune(1, '46042', '200023737'), commune(2, '46102', '200067361'), commune(3, '46128', '200067361')]

describe('zone_eligibilite → coverage', () => {
  it.each([
    [null, { mode: 'territory' }],
    [[], { mode: 'territory' }],
    [['france'], { mode: 'territory' }],
    [['46'], { mode: 'territory' }],
    [['76'], { mode: 'territory' }],
    [['46042'], { mode: 'communes', communes: [1] }],
    [['200067361'], { mode: 'communes', communes: [2, 3] }],
    [['46042', '200067361'], { mode: 'territory' }],
    [['31'], null],
    [['31555', '200023919'], null],
  ])('%j → %j', (zone, expected) => {
    expect(coverageFromZone(zone, LOT)).toEqual(expected)
  })
})

const QUESTIONS: Question[] = [
  { key: 'situation', label: 'Ta situation ?', type: 'single', options: ['demandeur_emploi', 'etudiant', 'salarie'].map((value) => ({ value, label: value })) },
  { key: 'handicap', label: 'Handicap ?', type: 'boolean' },
]

describe('publics → rules', () => {
  it.each([
    [['jeunes'], [], []],
    [['tous-publics'], [], []],
    [['demandeurs-emploi'], [{ criterion: 'situation', values: ['demandeur_emploi'] }], []],
    [['demandeurs-emploi', 'etudiants'], [{ criterion: 'situation', values: ['demandeur_emploi', 'etudiant'] }], []],
    [['personnes-en-situation-de-handicap'], [{ criterion: 'handicap', values: ['oui'] }], []],
    [['femmes', 'jeunes'], [], ['femmes']],
    [['residents-qpv-frr'], [], ['résidents des quartiers prioritaires ou de France ruralités revitalisation']],
  ])('%j', (publics, rules, inWords) => {
    expect(rulesFromPublics(publics, QUESTIONS)).toEqual({ rules, inWords })
  })

  it('says in words a public the questionnaire cannot ask', () => {
    expect(rulesFromPublics(['personnes-en-situation-de-handicap'], [QUESTIONS[0]])).toEqual({ rules: [], inWords: ['personnes en situation de handicap'] })
  })
})

describe('reading the file', () => {
  it('takes a JSON list, mixed or not, or { structures, services }', () => {
    expect(recordsFromJson([{ id: 's' }, { id: 'v', structure_id: 's' }, 3]).map((record) => [record.kind, record.where, record.row !== null])).toEqual([
      ['structure', 'Élément n° 1', true],
      ['service', 'Élément n° 2', true],
      ['structure', 'Élément n° 3', false],
    ])
    expect(recordsFromJson({ structures: [{ id: 's' }], services: [{ id: 'v' }] }).map((record) => [record.kind, record.where])).toEqual([
      ['structure', 'Structure n° 1'],
      ['service', 'Service n° 1'],
    ])
    expect(() => recordsFromJson({ foo: 1 })).toThrow(DataInclusionFileError)
    expect(() => recordsFromJson({ services: 'non' })).toThrow(DataInclusionFileError)
  })

  it('reads a CSV file: lists, numbers, empty cells', () => {
    const csv = toCsv(
      ['source', 'structure_id', 'id', 'nom', 'thematiques', 'zone_eligibilite', 'latitude', 'courriel'],
      [['dora', 's', 'v', 'Atelier', 'sante--addictions, sante--sante-mentale', '["46042","46102"]', '44,45', '']],
    )
    const [record] = recordsFromCsv(parseCsv(csv))
    expect(record).toEqual({
      kind: 'service',
      where: 'Ligne 2',
      row: {
        source: 'dora',
        structure_id: 's',
        id: 'v',
        nom: 'Atelier',
        thematiques: ['sante--addictions', 'sante--sante-mentale'],
        zone_eligibilite: ['46042', '46102'],
        latitude: 44.45,
        courriel: null,
      },
    })
    expect(() => recordsFromCsv(parseCsv('a;b\n1;2'))).toThrow(DataInclusionFileError)
  })
})

const SIRET_A = demoSiret('81234567', '0012')
const SIRET_EXISTING = demoSiret('81234568', '0013')
const SIRET_ELSEWHERE = demoSiret('81234569', '0014')

const reference: ImportReference = {
  territory: { id: 10, name: 'Lot', communes: LOT, themeSlugs: ['emploi', 'formation', 'logement'] },
  themes: THEMES.map((theme, index) => ({ id: index + 1, slug: theme.slug, name: theme.name, subThemes: theme.subThemes })),
  communeIdByCode: new Map([['46042', 1]]),
  partnersBySiret: new Map([
    [SIRET_EXISTING, { id: 500, name: 'Mission Locale du Lot', inTerritory: true }],
    [SIRET_ELSEWHERE, { id: 600, name: 'CRIJ Occitanie', inTerritory: false }],
  ]),
  offerTitlesByPartner: new Map([[500, new Set(['atelier cv'])]]),
  questionsFor: () => QUESTIONS,
}

const structure = (id: string, siret: string | null, fields: Record<string, unknown> = {}) => ({
  source: 'dora',
  id,
  nom: `Structure ${id}`,
  date_maj: '2026-11-02',
  siret,
  courriel: `${id}@exemple.test`,
  telephone: '+33565001122',
  ...fields,
})
const service = (id: string, structureId: string, fields: Record<string, unknown> = {}) => ({
  source: 'dora',
  structure_id: structureId,
  id,
  nom: `Service ${id}`,
  description: 'Un accompagnement vers l’emploi, chaque semaine.',
  date_maj: '2026-11-02',
  thematiques: ['trouver-un-emploi--repondre-a-des-offres-demploi'],
  ...fields,
})

describe('planning the import, line by line', () => {
  const plan = (rows: unknown[]) => planDataInclusionImport(recordsFromJson(rows), reference)

  it.each([
    ['a new structure', [structure('a', SIRET_A)], 'creer', /Organisme à créer/],
    ['a structure matched by SIRET', [structure('m', SIRET_EXISTING)], 'rattacher', /Mission Locale du Lot/],
    ['a structure of another territory', [structure('x', SIRET_ELSEWHERE)], 'refuse', /ne fait pas partie du réseau du territoire « Lot »/],
    ['no SIRET', [structure('n', null)], 'refuse', /pas de SIRET/],
    ['a wrong SIRET', [structure('w', '12345678901234')], 'refuse', /n’est pas valide/],
    ['a schema fault', [structure('d', SIRET_A, { date_maj: 'hier' })], 'refuse', /Champ « date_maj »/],
  ])('%s', (_, rows, outcome, message) => {
    const [line] = plan(rows)
    expect(line.outcome).toBe(outcome)
    expect([...line.messages, ...line.notes].join(' ')).toMatch(message)
  })

  it.each([
    ['on a created structure', service('v', 'a'), 'creer', /Brouillon de « Structure a », thème « Emploi », sous-thème « Trouver un emploi »/],
    ['on a matched structure', service('v', 'm'), 'creer', /Brouillon de « Mission Locale du Lot »/],
    ['already there', service('v', 'm', { nom: 'Atelier CV' }), 'deja-importe', /a déjà une offre de ce nom/],
    ['with no structure', service('v', 'absente'), 'refuse', /n’est pas dans le fichier/],
    ['on a refused structure', service('v', 'x'), 'refuse', /Sa structure \(élément n° 3\) est refusée/],
    ['outside Boussole’s themes', service('v', 'a', { thematiques: ['famille--garde-denfants'] }), 'refuse', /ne correspond à un thème/],
    ['of a theme not opened here', service('v', 'a', { thematiques: ['sante--acces-aux-soins'] }), 'refuse', /« Santé », qui n’est pas ouvert/],
    ['outside the territory', service('v', 'a', { zone_eligibilite: ['31'] }), 'refuse', /ne couvre aucune commune/],
    ['with a schema fault', service('v', 'a', { thematiques: ['inconnue'] }), 'refuse', /Champ « thematiques »/],
  ])('a service %s', (_, row, outcome, message) => {
    const lines = plan([structure('a', SIRET_A), structure('m', SIRET_EXISTING), structure('x', SIRET_ELSEWHERE), row])
    expect(lines[3].outcome).toBe(outcome)
    expect([...lines[3].messages, ...lines[3].notes].join(' ')).toMatch(message)
  })

  it('maps a service to an offer draft of its organisation', () => {
    const lines = plan([
      service('v', 'a', {
        nom: 'Coup de pouce emploi.',
        publics: ['demandeurs-emploi', 'femmes'],
        zone_eligibilite: ['46042'],
        courriel: 'conseil@exemple.test',
        code_insee: '46042',
        adresse: '1 place Clément Marot',
        modes_accueil: ['a-distance', 'en-presentiel'],
        conditions_acces: 'Sur rendez-vous.',
      }),
      structure('a', SIRET_A, { reseaux_porteurs: ['reseau-information-jeunesse'] }),
    ])
    expect(lines.map((line) => [line.outcome, line.messages])).toEqual([
      ['creer', []],
      ['creer', []],
    ])
    expect(lines[1].partner).toEqual(
      expect.objectContaining({
        name: 'Structure a',
        siret: SIRET_A,
        type: 'info-jeunes',
        contactsPublic: false,
        publicPhone: '05 65 00 11 22',
        territories: [10],
      }),
    )
    const offer = lines[0].offer!
    expect(offer.partner).toEqual({ line: 1 })
    expect(offer.data).toEqual(
      expect.objectContaining({
        title: 'Coup de pouce emploi',
        summary: 'Un accompagnement vers l’emploi, chaque semaine.',
        territory: 10,
        theme: 1,
        subTheme: 'trouver-un-emploi',
        status: 'brouillon',
        notificationEmails: [{ email: 'conseil@exemple.test' }],
        location: { address: '1 place Clément Marot', commune: 1, remote: true },
        coverage: { mode: 'communes', communes: [1] },
        rules: [{ criterion: 'situation', values: ['demandeur_emploi'] }],
      }),
    )
    const description = JSON.stringify(offer.data.description)
    expect(description).toContain('Publics : femmes.')
    expect(description).toContain('Conditions d’accès : Sur rendez-vous.')
  })

  it('reports duplicates instead of doubling them', () => {
    const lines = plan([
      structure('a', SIRET_A),
      structure('a', SIRET_A),
      structure('b', SIRET_A),
      service('v', 'a'),
      service('v', 'a'),
      service('w', 'a', { nom: 'Service v' }),
    ])
    expect(lines.map((line) => line.outcome)).toEqual(['creer', 'doublon', 'doublon', 'creer', 'doublon', 'doublon'])
    expect(lines[1].messages[0]).toMatch(/Même identifiant que élément n° 1/)
    expect(lines[2].messages[0]).toMatch(/Même SIRET que élément n° 1/)
    expect(lines[5].messages[0]).toMatch(/même structure, même nom/)
    expect(countLines(lines)).toEqual({ total: 6, toCreate: 2, matched: 0, skipped: 4, refused: 0 })
  })

  it('cuts a long description into a summary of whole sentences', () => {
    const long = `${'Une phrase assez longue pour remplir le résumé. '.repeat(8)}`
    const [, line] = plan([structure('a', SIRET_A), service('v', 'a', { description: long })])
    const summary = line.offer!.data.summary as string
    expect(summary.length).toBeLessThanOrEqual(300)
    expect(summary.endsWith('.')).toBe(true)
  })
})
