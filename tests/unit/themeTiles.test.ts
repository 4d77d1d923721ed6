import { describe, expect, it } from '@jest/globals'

import { themeTiles, tileKey, type TileableTheme } from '../../src/domain/territories/themeTiles'

const lot = { slug: 'lot' }
const theme = (slug: string, tile: string | null = null, status: TileableTheme['status'] = 'ouvert', territory = lot): TileableTheme => ({
  slug,
  status,
  tile,
  territory,
})
const shape = (themes: TileableTheme[]) => themeTiles(themes).map((tile) => [tile.name, tile.key, tile.themes.map((row) => row.slug)])

describe('a territory’s tiles for the national themes', () => {
  it.each([
    [
      'one tile per theme by default',
      [theme('emploi'), theme('formation'), theme('logement')],
      [
        [null, 'emploi', ['emploi']],
        [null, 'formation', ['formation']],
        [null, 'logement', ['logement']],
      ],
    ],
    [
      'themes with the same tile name share one tile, at the place of the first',
      [theme('emploi', 'Emploi-Formation'), theme('logement'), theme('formation', 'Emploi-Formation')],
      [
        ['Emploi-Formation', 'tuile-emploi-formation', ['emploi', 'formation']],
        [null, 'logement', ['logement']],
      ],
    ],
    [
      'names compare without case, accents or spacing',
      [theme('emploi', ' Emploi – Formation '), theme('formation', 'emploi-formation')],
      [['Emploi – Formation', 'tuile-emploi-formation', ['emploi', 'formation']]],
    ],
    [
      'a grouping with one open theme is that theme’s own tile',
      [theme('emploi', 'Emploi-Formation'), theme('formation', 'Emploi-Formation', 'bientot')],
      [[null, 'emploi', ['emploi']]],
    ],
    ['themes not open here have no tile', [theme('sante', null, 'bientot'), theme('logement', null, 'non_couvert')], []],
    [
      'blank names do not group',
      [theme('emploi', '  '), theme('formation', '')],
      [
        [null, 'emploi', ['emploi']],
        [null, 'formation', ['formation']],
      ],
    ],
    [
      'themes opened by two territories never share a tile',
      [theme('emploi', 'Emploi-Formation'), theme('formation', 'Emploi-Formation', 'ouvert', { slug: 'autre' })],
      [
        [null, 'emploi', ['emploi']],
        [null, 'formation', ['formation']],
      ],
    ],
    [
      'splitting is removing the name: two tiles again',
      [theme('emploi'), theme('formation')],
      [
        [null, 'emploi', ['emploi']],
        [null, 'formation', ['formation']],
      ],
    ],
  ])('%s', (_, themes, expected) => {
    expect(shape(themes)).toEqual(expected)
  })

  it.each([
    ['Emploi-Formation', 'emploi-formation'],
    ['  Santé & bien-être ', 'sante-bien-etre'],
  ])('tile key of %j', (name, key) => {
    expect(tileKey(name)).toBe(key)
  })
})
