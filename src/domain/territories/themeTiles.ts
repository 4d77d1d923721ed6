/**
 * How a territory presents the national themes on its public pages: by default one tile per theme; themes
 * the territory gives the same tile name (« regroupement », e.g. « Emploi-Formation ») show as ONE tile,
 * from which the young person picks the theme that fits. The taxonomy stays national: offers, leads and
 * statistics keep their own theme, and removing the name splits the tile again without moving anything.
 */

export interface TileableTheme {
  slug: string
  status: 'ouvert' | 'bientot' | 'non_couvert'
  /** The tile name the territory that opens the theme gave it; null or blank: a tile of its own. */
  tile?: string | null
  /** The territory that opens the theme here: themes of different territories never share a tile. */
  territory?: { slug: string } | null
}

export interface ThemeTile<T extends TileableTheme> {
  /** The grouping's name as the territory wrote it; null for a theme on its own tile. */
  name: string | null
  /** Stable key for the page: the theme's slug, or « tuile-… » for a grouping. */
  key: string
  themes: T[]
}

/** Trimmed, single spaces: the name shown. */
export const tileName = (value: string | null | undefined): string => (value ?? '').replace(/\s+/g, ' ').trim()

/** Names compare without case, accents nor punctuation: « Emploi - formation » and « emploi-formation » are one tile. */
export const tileKey = (value: string): string =>
  tileName(value)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

/**
 * The tiles of the open themes, in the national order (a grouping takes the place of its first theme). A
 * grouping with a single open theme is that theme's own tile: a tile never promises a choice it does not have.
 */
export function themeTiles<T extends TileableTheme>(themes: readonly T[]): ThemeTile<T>[] {
  const tiles: ThemeTile<T>[] = []
  const groups = new Map<string, ThemeTile<T>>()
  for (const theme of themes) {
    if (theme.status !== 'ouvert') continue
    const name = tileName(theme.tile)
    const key = name ? `${theme.territory?.slug ?? ''}/${tileKey(name)}` : ''
    const group = key ? groups.get(key) : undefined
    if (group) {
      group.themes.push(theme)
      continue
    }
    const tile: ThemeTile<T> = { name: name || null, key: name ? `tuile-${tileKey(name)}` : theme.slug, themes: [theme] }
    if (key) groups.set(key, tile)
    tiles.push(tile)
  }
  return tiles.map((tile) => (tile.themes.length === 1 ? { name: null, key: tile.themes[0].slug, themes: tile.themes } : tile))
}
