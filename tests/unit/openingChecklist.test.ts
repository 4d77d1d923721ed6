import { describe, expect, it } from '@jest/globals'

import { type OpeningFacts, type OpeningItemKey, openingChecklist, openingRefusal } from '../../src/domain/territories/openingChecklist'

const EMPLOI = { id: 1, name: 'Emploi', status: 'ouvert' as const, hasQuestionnaire: true }
const LOGEMENT = { id: 2, name: 'Logement', status: 'ouvert' as const, hasQuestionnaire: true }

const complete: OpeningFacts = {
  communeCount: 143,
  activeAnimators: 1,
  themes: [EMPLOI, { id: 3, name: 'Santé', status: 'bientot', hasQuestionnaire: false }],
  partnersWithCharter: [10],
  publishedOffers: [{ partnerId: 10, themeId: 1 }],
  consortiumMembers: 2,
  contact: { structure: 'Maison de l’emploi', email: 'contact@example.org', phone: null },
}

describe('openingChecklist: computed from the facts, each item done or missing in words', () => {
  it('a complete territory may open (a theme « bientôt » needs nothing)', () => {
    const checklist = openingChecklist(complete)
    expect(checklist.complete).toBe(true)
    expect(checklist.missing).toEqual([])
    expect(checklist.items.map((entry) => [entry.key, entry.done])).toEqual([
      ['coverage', true],
      ['animators', true],
      ['themes', true],
      ['offers', true],
      ['consortium', true],
      ['contact', true],
    ])
    expect(checklist.items[0].detail).toBe('143 communes couvertes')
  })

  it.each<[string, Partial<OpeningFacts>, OpeningItemKey[], RegExp]>([
    ['no commune', { communeCount: 0 }, ['coverage'], /aucune commune n’est couverte/],
    ['no active animator', { activeAnimators: 0 }, ['animators'], /aucun animateur ou animatrice actif/],
    ['no theme opened', { themes: [{ ...EMPLOI, status: 'bientot' }] }, ['themes', 'offers'], /aucun thème n’est ouvert/],
    [
      'an opened theme without questionnaire',
      { themes: [EMPLOI, { ...LOGEMENT, hasQuestionnaire: false }] },
      ['themes', 'offers'],
      /« Logement » n’a pas de questionnaire/,
    ],
    [
      'a published offer whose organisation has no charter in force',
      { partnersWithCharter: [11] },
      ['offers'],
      /aucune offre publiée pour le thème « Emploi »/,
    ],
    ['a charter but no offer in the theme', { publishedOffers: [{ partnerId: 10, themeId: 2 }] }, ['offers'], /thème « Emploi »/],
    ['no consortium member', { consortiumMembers: 0 }, ['consortium'], /aucun organisme ne fait partie du réseau/],
    ['no animating structure', { contact: null }, ['contact'], /le nom de la structure animatrice.*ni le courriel ni le téléphone/],
    ['a structure reachable by phone only', { contact: { structure: 'PIJ', phone: '03 26 00 00 00' } }, [], /^$/],
    [
      'a structure named with blanks only',
      { contact: { structure: '  ', email: 'a@b.fr' } },
      ['contact'],
      /le nom de la structure animatrice n’est pas renseigné$/,
    ],
  ])('%s', (_case, change, missingKeys, sentence) => {
    const checklist = openingChecklist({ ...complete, ...change })
    expect(checklist.items.filter((entry) => !entry.done).map((entry) => entry.key)).toEqual(missingKeys)
    expect(checklist.complete).toBe(missingKeys.length === 0)
    expect(checklist.missing.join(' ; ')).toMatch(sentence)
  })

  it('names every opened theme lacking an offer, one sentence each', () => {
    const checklist = openingChecklist({ ...complete, themes: [EMPLOI, LOGEMENT], publishedOffers: [] })
    expect(checklist.items.find((entry) => entry.key === 'offers')?.missing).toEqual([
      'aucune offre publiée pour le thème « Emploi » par un organisme ayant une charte signée en vigueur',
      'aucune offre publiée pour le thème « Logement » par un organisme ayant une charte signée en vigueur',
    ])
  })

  it('the refusal lists what is missing, in the order of the checklist', () => {
    const checklist = openingChecklist({ ...complete, communeCount: 0, consortiumMembers: 0 })
    expect(openingRefusal(checklist)).toBe(
      'Le territoire ne peut pas encore ouvrir. Il manque : aucune commune n’est couverte (choisissez des départements, EPCI ou communes dans l’onglet « Couverture ») ; aucun organisme ne fait partie du réseau du territoire.',
    )
  })
  it('a territory created directly « ouvert » is told to start in preparation', () => {
    const checklist = openingChecklist({ ...complete, activeAnimators: 0 })
    expect(openingRefusal(checklist, { creating: true })).toBe(
      'Créez d’abord le territoire « En préparation » : il ne peut pas encore ouvrir. Il manque : aucun animateur ou animatrice actif n’est rattaché au territoire.',
    )
  })
})
