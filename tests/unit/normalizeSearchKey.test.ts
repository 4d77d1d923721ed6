import { isCodeQuery, normalizeCodeQuery, normalizeSearchKey } from '@/domain/geo/normalizeSearchKey'

describe('normalizeSearchKey', () => {
  it.each([
    // Saint-Étienne, however it is typed
    ['st etienne', 'saint etienne'],
    ['saint-etienne', 'saint etienne'],
    ['Saint-Étienne', 'saint etienne'],
    ['ST-ÉTIENNE', 'saint etienne'],
    ['St. Étienne', 'saint etienne'],
    ['  saint   étienne  ', 'saint etienne'],
    // Sainte…
    ['Ste-Foy-lès-Lyon', 'sainte foy les lyon'],
    ['ste foy les lyon', 'sainte foy les lyon'],
    ['Sainte-Foy-lès-Lyon', 'sainte foy les lyon'],
    // Abbreviations only as whole words
    ['Estaing', 'estaing'],
    ['Stenay', 'stenay'],
    ['Steenvoorde', 'steenvoorde'],
    ['Bastia', 'bastia'],
    // Apostrophes (straight and typographic), hyphens, dots, other punctuation
    ["L'Isle-Jourdain", 'l isle jourdain'],
    ['L’Isle-Jourdain', 'l isle jourdain'],
    ["Villeneuve-d'Ascq", 'villeneuve d ascq'],
    ['Saint-Germain-en-Laye (78)', 'saint germain en laye 78'],
    ['Aix,en/Provence', 'aix en provence'],
    ['Paris 1er Arrondissement', 'paris 1er arrondissement'],
    // Accents and ligatures
    ['Œuilly', 'oeuilly'],
    ['Châlons-en-Champagne', 'chalons en champagne'],
    ['Besançon', 'besancon'],
    ['Île-de-Bréhat', 'ile de brehat'],
    ['Hÿmes', 'hymes'],
    // Blank
    ['', ''],
    ['   ', ''],
    ["-'.", ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeSearchKey(input)).toBe(expected)
  })

  it('returns an empty key for null and undefined', () => {
    expect(normalizeSearchKey(null)).toBe('')
    expect(normalizeSearchKey(undefined)).toBe('')
  })

  it.each([
    ['l isle', "L'Isle-Jourdain"],
    ["l'isle", "L'Isle-Jourdain"],
    ['st etienne', 'Saint-Étienne-du-Rouvray'],
    ['ste marie', 'Sainte-Marie-aux-Mines'],
    ['villeneuve d', "Villeneuve-d'Ascq"],
  ])('the key of %j is a prefix of the key of %j', (query, name) => {
    expect(normalizeSearchKey(name).startsWith(normalizeSearchKey(query))).toBe(true)
  })

  it('is idempotent', () => {
    for (const input of ["L'Isle-Jourdain", 'St-Étienne', 'Ste Foy', 'Œuilly']) {
      const key = normalizeSearchKey(input)
      expect(normalizeSearchKey(key)).toBe(key)
    }
  })
})

describe('isCodeQuery', () => {
  it.each([
    ['4', true],
    ['46', true],
    ['460', true],
    ['46000', true],
    ['46042', true],
    [' 46 000 ', true],
    ['2A', true],
    ['2a', true],
    ['2B033', true],
    ['2a0', true],
    ['975', true],
    ['460000', false],
    ['2C', false],
    ['2A0045', false],
    ['A2', false],
    ['Cahors', false],
    ['46 Cahors', false],
    ['st etienne', false],
    ['', false],
    ['   ', false],
  ])('%j → %s', (input, expected) => {
    expect(isCodeQuery(input)).toBe(expected)
  })

  it('normalises a code query', () => {
    expect(normalizeCodeQuery(' 46 000 ')).toBe('46000')
    expect(normalizeCodeQuery('2b033')).toBe('2B033')
    expect(normalizeCodeQuery(undefined)).toBe('')
  })
})
