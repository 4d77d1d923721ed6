import React from 'react'

/** Chooses the territory of the cockpit (a plain GET form: works without JavaScript). */
export function TerritorySelector({ territories, selected }: { territories: { id: number; name: string }[]; selected?: number }) {
  return (
    <form method="get" className="boussole-territory-selector">
      <label htmlFor="boussole-territoire">Territoire</label>
      <select id="boussole-territoire" name="territoire" defaultValue={selected ?? ''}>
        {territories.map((territory) => (
          <option key={territory.id} value={territory.id}>
            {territory.name}
          </option>
        ))}
      </select>
      <button type="submit" className="btn btn--style-secondary btn--size-small">
        Afficher
      </button>
    </form>
  )
}
