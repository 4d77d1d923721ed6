'use client'

import { useRouter } from 'next/navigation'
import { useId } from 'react'

import './territorySelector.css'

interface Props {
  cookieName: string
  selected: string
  territories: { id: string; name: string }[]
}

/** The menu's territory choice: stored in a cookie read by the lists' base filter, then the page is refreshed. */
export function TerritorySelectorField({ cookieName, selected, territories }: Props) {
  const router = useRouter()
  const id = useId()
  const choose = (value: string) => {
    document.cookie = value ? `${cookieName}=${value}; path=/admin; SameSite=Lax` : `${cookieName}=; path=/admin; max-age=0; SameSite=Lax`
    router.refresh()
  }
  return (
    <div className="bw-territory-selector">
      <label htmlFor={id}>Territoire affiché</label>
      <select id={id} defaultValue={selected} onChange={(event) => choose(event.target.value)}>
        <option value="">Tous mes territoires</option>
        {territories.map((territory) => (
          <option key={territory.id} value={territory.id}>
            {territory.name}
          </option>
        ))}
      </select>
    </div>
  )
}
