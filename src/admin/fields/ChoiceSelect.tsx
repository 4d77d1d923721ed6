'use client'

import { SelectField } from '@payloadcms/ui'
import type { TextFieldClientProps } from 'payload'

import type { Choice } from '@/domain/questionnaire/conditionChoices'

/**
 * A text field (one value, or `hasMany` values) edited as a select of `choices`: Payload's own select, so the
 * label, the error and the stored value (keys, unchanged) behave as in any field of the admin.
 */
export function ChoiceSelect({ props, choices, description }: { props: TextFieldClientProps; choices: Choice[]; description?: string }) {
  const { field } = props
  return (
    <SelectField
      path={props.path}
      readOnly={props.readOnly}
      field={{
        name: field.name,
        label: field.label,
        required: field.required,
        hasMany: Boolean(field.hasMany),
        options: choices,
        admin: { description: description ?? field.admin?.description, isClearable: !field.required, isSortable: false, placeholder: 'Choisir…' },
      }}
    />
  )
}
