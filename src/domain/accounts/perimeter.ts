/**
 * What a signed-in person may see:
 * - admin: everything;
 * - animator: the territories they run;
 * - partner: their organisation, and the territories where it holds a signed charter.
 */
export type Perimeter =
  { kind: 'none' } | { kind: 'all' } | { kind: 'territories'; territoryIds: number[] } | { kind: 'partner'; partnerId: number; territoryIds: number[] }
