import { describe, expect, it } from '@jest/globals'

import { PARTNER_TYPES } from '../../src/domain/partners/partnerTypes'
import { toDataInclusionService, publicsFor, type ServiceSource } from '../../src/plugins/boussole/openData/mapService'
import { toDataInclusionStructure } from '../../src/plugins/boussole/openData/mapStructure'
import { reseauxPorteursFor } from '../../src/plugins/boussole/openData/reseauxPorteurs'
import { RESEAUX_PORTEURS, THEMATIQUES, validateDataInclusionService, validateDataInclusionStructure } from '../../src/plugins/boussole/openData/schema'
import { THEMATIQUES_BY_THEME, thematiquesFor } from '../../src/plugins/boussole/openData/thematiques'
import { THEMES } from '../../src/seed/themes'

describe('theme → thématiques', () => {
  const all = Object.values(THEMATIQUES_BY_THEME).flatMap((mapping) => [mapping.fallback, ...Object.values(mapping.bySubTheme)].flat())

  it('only uses values of the data·inclusion v1 référentiel', () => {
    for (const value of all) expect(THEMATIQUES).toContain(value)
  })

  it('maps every theme and sub-theme of the national référentiel to concrete values', () => {
    for (const theme of THEMES) {
      expect(THEMATIQUES_BY_THEME[theme.slug]).toBeDefined()
      for (const subTheme of theme.subThemes) {
        expect(THEMATIQUES_BY_THEME[theme.slug].bySubTheme[subTheme.slug]?.length).toBeGreaterThan(0)
      }
    }
  })

  it.each([
    ['emploi', 'trouver-un-emploi', /^(trouver-un-emploi|preparer-sa-candidature)--/],
    ['emploi', null, /^(trouver-un-emploi|preparer-sa-candidature)--/],
    ['formation', 'se-former', /^se-former--/],
    ['logement', 'urgence', /^logement-hebergement--rechercher-une-solution-dhebergement-temporaire$/],
    ['sante', 'sante-mentale', /^sante--sante-mentale$/],
    ['sante', 'sante-sexuelle', /^sante--sante-sexuelle$/],
    ['mobilite-internationale', 'travailler-a-l-etranger', /^souvrir-a-linternational--/],
  ])('%s / %s', (theme, subTheme, pattern) => {
    const values = thematiquesFor(theme, subTheme) ?? []
    expect(values.length).toBeGreaterThan(0)
    expect(values.every((value) => pattern.test(value))).toBe(true)
  })

  it('falls back to the theme for an unknown sub-theme, and guesses nothing for an unknown theme', () => {
    expect(thematiquesFor('logement', 'nouveau-sous-theme')).toEqual(THEMATIQUES_BY_THEME.logement.fallback)
    expect(thematiquesFor('culture', 'musique')).toBeNull()
    expect(thematiquesFor(null, null)).toBeNull()
  })
})

describe('partner type → réseaux porteurs', () => {
  it.each([
    ['mission-locale', ['mission-locale']],
    ['info-jeunes', ['reseau-information-jeunesse']],
    ['fjt', ['residences-fjt']],
    ['ccas', ['ccas-cias']],
    ['france-travail', ['france-travail']],
    ['association', null],
    ['autre', null],
    [undefined, null],
  ])('%s → %j', (type, expected) => {
    expect(reseauxPorteursFor(type)).toEqual(expected)
  })

  it('covers every partner type with référentiel values only', () => {
    for (const { value } of PARTNER_TYPES) for (const reseau of reseauxPorteursFor(value) ?? []) expect(RESEAUX_PORTEURS).toContain(reseau)
  })
})

describe('publics', () => {
  it('always includes jeunes, and more precise publics only when a rule restricts to them', () => {
    expect(publicsFor([])).toEqual(['jeunes'])
    expect(publicsFor([{ criterion: 'situation', values: ['demandeur_emploi', 'sans_activite'] }])).toEqual(['jeunes', 'demandeurs-emploi'])
    expect(publicsFor([{ criterion: 'situation', values: ['etudiant'] }])).toEqual(['jeunes', 'etudiants'])
    expect(publicsFor([{ criterion: 'handicap', values: ['oui'] }])).toEqual(['jeunes', 'personnes-en-situation-de-handicap'])
    expect(publicsFor([{ criterion: 'handicap', values: ['oui', 'non'] }])).toEqual(['jeunes'])
  })
})

const source = (overrides: Partial<ServiceSource> = {}, offer: Partial<ServiceSource['offer']> = {}): ServiceSource => ({
  offer: {
    id: 12,
    title: 'Trouver ton alternance.',
    summary: 'Tu veux apprendre un métier tout en étant payé ?',
    description: { root: { children: [{ type: 'paragraph', children: [{ type: 'text', text: 'L’alternance, c’est…' }] }] } },
    benefits: 'Des offres locales.',
    subTheme: 'alternance-stage',
    contactDelayDays: 5,
    remote: true,
    rules: [{ criterion: 'age', min: 16, max: 29 }],
    updatedAt: '2026-03-01T23:30:00.000Z',
    ...offer,
  },
  themeSlug: 'emploi',
  partner: { id: 4, name: 'Mission Locale du Lot', contactsPublic: true, publicPhone: '05 36 49 10 10', publicEmail: 'accueil@ml.test' },
  place: { adresse: '24 boulevard Gambetta', commune: 'Cahors', code_insee: '46042', code_postal: '46000' },
  zone: ['46'],
  questions: [],
  siteUrl: 'https://boussole.test',
  ...overrides,
})

describe('toDataInclusionService', () => {
  it('maps a published offer to a valid data·inclusion service', () => {
    const service = toDataInclusionService(source())
    expect(validateDataInclusionService(service as unknown as Record<string, unknown>)).toEqual([])
    expect(service).toEqual(
      expect.objectContaining({
        source: 'boussole',
        id: '12',
        structure_id: '4',
        nom: 'Trouver ton alternance',
        date_maj: '2026-03-02',
        telephone: '+33536491010',
        courriel: 'accueil@ml.test',
        zone_eligibilite: ['46'],
        modes_accueil: ['en-presentiel', 'a-distance'],
        modes_mobilisation: ['utiliser-lien-mobilisation', 'telephoner', 'envoyer-un-courriel'],
        mobilisable_par: ['usagers'],
        lien_mobilisation: 'https://boussole.test/offre/12',
        conditions_acces: 'Pour les 16–29 ans.',
        code_insee: '46042',
        code_postal: '46000',
      }),
    )
    expect(service.description).toContain('L’alternance, c’est…')
    expect(service.description).toContain('Des offres locales.')
    expect(service.mobilisation_precisions).toContain('5 jours')
  })

  it('publishes no contact when the organisation keeps them private', () => {
    const service = toDataInclusionService(
      source({ partner: { id: 4, name: 'PIJ', contactsPublic: false, publicPhone: '05 36 49 10 10', publicEmail: 'x@y.test' } }),
    )
    expect(service.telephone).toBeNull()
    expect(service.courriel).toBeNull()
    expect(service.modes_mobilisation).toEqual(['utiliser-lien-mobilisation'])
    expect(service.contact_nom_prenom).toBeNull()
  })

  it('leaves modes d’accueil empty when neither place nor remote is known', () => {
    expect(toDataInclusionService(source({ place: null }, { remote: false })).modes_accueil).toBeNull()
  })

  it('caps the description at 10,000 characters', () => {
    const service = toDataInclusionService(source({}, { benefits: 'x'.repeat(20_000) }))
    expect(service.description.length).toBe(10_000)
    expect(validateDataInclusionService(service as unknown as Record<string, unknown>)).toEqual([])
  })
})

describe('toDataInclusionStructure', () => {
  const partner = {
    id: 7,
    name: 'Habitat Jeunes du Lot',
    siret: '77602715000421',
    type: 'fjt',
    description: 'Résidences Habitat Jeunes à Cahors et Figeac.',
    contactsPublic: false,
    publicPhone: '05 36 49 10 60',
    publicEmail: 'accueil@hj.test',
    website: 'https://www.hj.example',
    updatedAt: '2026-01-10T10:00:00.000Z',
  }

  it('maps a partner to a valid structure, without private contacts', () => {
    const structure = toDataInclusionStructure({
      partner,
      place: { adresse: '129 rue des Augustins', commune: 'Cahors', code_insee: '46042', code_postal: '46000' },
    })
    expect(validateDataInclusionStructure(structure as unknown as Record<string, unknown>)).toEqual([])
    expect(structure).toEqual(
      expect.objectContaining({ id: '7', source: 'boussole', siret: '77602715000421', reseaux_porteurs: ['residences-fjt'], telephone: null, courriel: null }),
    )
  })

  it('publishes the public contacts when the organisation chose to', () => {
    const structure = toDataInclusionStructure({ partner: { ...partner, contactsPublic: true }, place: null })
    expect(structure.telephone).toBe('+33536491060')
    expect(structure.courriel).toBe('accueil@hj.test')
    expect(structure.site_web).toBe('https://www.hj.example/')
  })
})

describe('data·inclusion validator', () => {
  const valid = toDataInclusionService(source()) as unknown as Record<string, unknown>

  it.each<[string, Record<string, unknown>, string]>([
    ['missing id', { id: '' }, 'id'],
    ['short nom', { nom: 'AB' }, 'nom'],
    ['long nom', { nom: 'x'.repeat(151) }, 'nom'],
    ['nom ending with a full stop', { nom: 'Atelier CV.' }, 'nom'],
    ['short description', { description: 'abc' }, 'description'],
    ['bad date', { date_maj: '02/03/2026' }, 'date_maj'],
    ['unknown thématique', { thematiques: ['emploi'] }, 'thematiques'],
    ['unknown public', { publics: ['jeunesse'] }, 'publics'],
    ['tous-publics combined', { publics: ['tous-publics', 'jeunes'] }, 'publics'],
    ['unknown mode d’accueil', { modes_accueil: ['sur-place'] }, 'modes_accueil'],
    ['unknown mode de mobilisation', { modes_mobilisation: ['ecrire'] }, 'modes_mobilisation'],
    ['unknown mobilisable_par', { mobilisable_par: ['jeunes'] }, 'mobilisable_par'],
    ['bad zone', { zone_eligibilite: ['Lot'] }, 'zone_eligibilite'],
    ['empty zone', { zone_eligibilite: [] }, 'zone_eligibilite'],
    ['non-E.164 phone', { telephone: '05 36 49 10 10' }, 'telephone'],
    ['bad email', { courriel: 'accueil' }, 'courriel'],
    ['bad code INSEE', { code_insee: '4604' }, 'code_insee'],
    ['unknown field', { professionalContact: { email: 'a@b.c' } }, 'professionalContact'],
  ])('refuses %s', (_, change, field) => {
    expect(validateDataInclusionService({ ...valid, ...change }).map((error) => error.field)).toContain(field)
  })

  it('refuses a structure without nom or with an unknown réseau', () => {
    const structure = { source: 'boussole', id: '1', nom: 'PIJ de Cahors', date_maj: '2026-01-01', reseaux_porteurs: ['pij'], siret: '123' }
    expect(
      validateDataInclusionStructure(structure)
        .map((error) => error.field)
        .sort(),
    ).toEqual(['reseaux_porteurs', 'siret'])
    expect(validateDataInclusionStructure({ ...structure, nom: undefined, reseaux_porteurs: null, siret: null }).map((error) => error.field)).toContain('nom')
  })
})
