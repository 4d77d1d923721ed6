import { CONTACT_CHANNELS, CONTACT_MOMENTS } from '@/domain/leads/contactPreferences'

/** The form fields' names: each ticked box sends its value (a plain POST, no JavaScript needed). */
export const CHANNEL_FIELD = 'preference-canal'
export const MOMENT_FIELD = 'preference-moment'

interface GroupProps {
  id: string
  legend: string
  name: string
  options: readonly { value: string; label: string }[]
  checked: readonly string[]
}

function CheckboxGroup({ id, legend, name, options, checked }: GroupProps) {
  return (
    <fieldset className="fr-fieldset" id={id} aria-labelledby={`${id}-legend`}>
      <legend className="fr-fieldset__legend fr-fieldset__legend--regular" id={`${id}-legend`}>
        {legend}
        <span className="fr-hint-text">Facultatif : coche ce qui t’arrange.</span>
      </legend>
      {options.map((option) => (
        <div className="fr-fieldset__element fr-fieldset__element--inline" key={option.value}>
          <div className="fr-checkbox-group">
            <input type="checkbox" id={`${id}-${option.value}`} name={name} value={option.value} defaultChecked={checked.includes(option.value)} />
            <label className="fr-label" htmlFor={`${id}-${option.value}`}>
              {option.label}
            </label>
          </div>
        </div>
      ))}
    </fieldset>
  )
}

/** « Comment préfères-tu être contacté(e) ? » and « À quel moment ? »: two optional groups of boxes on the contact form. */
export function ContactPreferenceFields({ channels, moments }: { channels: readonly string[]; moments: readonly string[] }) {
  return (
    <>
      <CheckboxGroup id="lead-channels" legend="Comment préfères-tu être contacté(e) ?" name={CHANNEL_FIELD} options={CONTACT_CHANNELS} checked={channels} />
      <CheckboxGroup id="lead-moments" legend="À quel moment ?" name={MOMENT_FIELD} options={CONTACT_MOMENTS} checked={moments} />
    </>
  )
}
