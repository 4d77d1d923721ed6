import type { FilterOptions, PayloadRequest, Where } from 'payload'
import { parseCookies } from 'payload/shared'

import type { Perimeter } from '@/domain/accounts/perimeter'
import { idsOf } from '@/domain/shared/ids'

import { getPerimeter } from './perimeter'
import { perimeterWhere } from './perimeterWhere'
import { SELECTED_TERRITORY_COOKIE, selectedTerritory } from './selectedTerritory'

/** A relationship field's filterOptions written as a function (Payload does not export the name). */
type FilterOptionsFunc = Extract<FilterOptions, (...args: never[]) => unknown>

/**
 * What a person may choose in the back office's relationship pickers (`filterOptions`), from their perimeter.
 * Payload applies a field's filterOptions twice: to the options the admin's picker loads (the form state sends
 * the Where to the browser, which queries `GET /api/<collection>?where=…`), and to the value saved (a value
 * outside them is refused with « Ce champ contient une sélection invalide »). The access functions and
 * `keepWithinPerimeter` still decide; these make the pickers list only what would be accepted.
 *
 * The perimeter → Where rules are pure (tested as a table); `picker` turns one into a field's filterOptions.
 * Writes without a signed-in person (seed, imports, jobs) are the system's own: not filtered.
 */

/** Organisations: an animator's are the members of their territories' networks; a partner's, their own. */
export const partnerChoices = (perimeter: Perimeter): Where | boolean => perimeterWhere(perimeter, { territory: 'territories', partner: 'id' })

/** Territories: an animator's own; a partner's, those where the organisation holds a signed charter. */
export const territoryChoices = (perimeter: Perimeter): Where | boolean => perimeterWhere(perimeter, { territory: 'id', partnerSeesTerritory: true })

/** Themes of an offer: those the chosen territory lists (open or coming soon); any theme until a territory is chosen. */
export const themeChoices = (territoryThemeIds: number[] | null): Where | boolean => (territoryThemeIds === null ? true : { id: { in: territoryThemeIds } })

/** A field's filterOptions from a perimeter rule. */
export const picker =
  (choices: (perimeter: Perimeter) => Where | boolean): FilterOptionsFunc =>
  async ({ req }) =>
    req.user ? choices(await getPerimeter(req)) : true

/** The themes listed by the territory an offer names (null when none is chosen yet or it does not exist). */
async function themesOfTerritory(req: PayloadRequest, territory: unknown): Promise<number[] | null> {
  const [territoryId] = idsOf([territory])
  if (territoryId === undefined) return null
  const found = await req.payload.findByID({
    collection: 'territories',
    id: territoryId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
    select: { themes: true },
  })
  return found ? idsOf((found.themes ?? []).map((row) => row.theme)) : null
}

/** The offer's theme picker: the themes of the territory chosen in the same form. */
export const offerThemePicker: FilterOptionsFunc = async ({ data, req }) => (req.user ? themeChoices(await themesOfTerritory(req, data?.territory)) : true)

export const partnerPicker = picker(partnerChoices)
export const territoryPicker = picker(territoryChoices)

/**
 * The territory a new offer starts with in the form: the animator's « territoire choisi », else their only
 * territory; a partner's only territory with a signed charter; none when there is a real choice to make.
 */
export function defaultTerritoryChoice(perimeter: Perimeter, selected: number | null): number | undefined {
  if (perimeter.kind !== 'territories' && perimeter.kind !== 'partner') return undefined
  if (selected !== null && perimeter.territoryIds.includes(selected)) return selected
  return perimeter.territoryIds.length === 1 ? perimeter.territoryIds[0] : undefined
}

/** The organisation a new offer starts with: a partner professional's own. */
export const defaultPartnerChoice = (perimeter: Perimeter): number | undefined => (perimeter.kind === 'partner' ? perimeter.partnerId : undefined)

type DefaultValueFunc = (args: { req: PayloadRequest }) => Promise<number | undefined>

/** The offer's territory field's `defaultValue` (see `defaultTerritoryChoice`). */
export const defaultTerritory: DefaultValueFunc = async ({ req }) => {
  if (!req.user) return undefined
  const perimeter = await getPerimeter(req)
  return defaultTerritoryChoice(perimeter, selectedTerritory(perimeter, parseCookies(req.headers).get(SELECTED_TERRITORY_COOKIE)))
}

/** The offer's organisation field's `defaultValue` (see `defaultPartnerChoice`). */
export const defaultPartner: DefaultValueFunc = async ({ req }) => (req.user ? defaultPartnerChoice(await getPerimeter(req)) : undefined)

/**
 * The territories a new organisation or charter starts with in the form: an animator's « territoire choisi », else
 * their only territory (as `defaultTerritoryChoice`); none for others, who have a real choice to make.
 */
export const defaultAnimatorTerritories = async ({ req }: { req: PayloadRequest }): Promise<number[] | undefined> => {
  if (!req.user || (await getPerimeter(req)).kind !== 'territories') return undefined
  const choice = await defaultTerritory({ req })
  return choice === undefined ? undefined : [choice]
}
