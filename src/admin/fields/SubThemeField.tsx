'use client'

import { SelectInput, useField, useFormFields } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'

import { relationId, useRelatedDocument } from './useRelatedDocument'

type Theme = { subThemes?: { name: string; slug: string }[] | null }

/**
 * The offer's sub-theme: a list of the chosen theme's sub-themes (their names), storing the slug as before;
 * the server still refuses a slug the theme does not have (`validateOffer`).
 */
export const SubThemeField: TextFieldClientComponent = ({ field, path, readOnly }) => {
  const { value, setValue, showError } = useField<string | null>({ path })
  const themeId = relationId(useFormFields(([fields]) => fields.theme?.value))
  const theme = useRelatedDocument<Theme>('themes', themeId, ['subThemes'])
  const options = (theme?.subThemes ?? []).map((row) => ({ label: row.name, value: row.slug }))
  // A slug the theme no longer has stays visible (and is refused on save) rather than silently dropped.
  if (value && theme && !options.some((option) => option.value === value)) options.push({ label: `${value} (inconnu pour ce thème)`, value })
  return (
    <SelectInput
      path={path}
      name={field.name}
      label={field.label}
      description={themeId === null ? 'Choisissez d’abord le thème.' : options.length ? undefined : 'Ce thème n’a pas de sous-thème.'}
      options={options}
      value={value ?? ''}
      isClearable
      readOnly={readOnly || themeId === null || !options.length}
      showError={showError}
      placeholder="Choisir un sous-thème"
      onChange={(option) => setValue(option && !Array.isArray(option) ? ((option as { value?: string }).value ?? null) : null)}
    />
  )
}
