import { describe, expect, it } from '@jest/globals'
import { fr } from '@payloadcms/translations/languages/fr'

import { ADMIN_WORDING } from '../../src/i18n/adminWording'

type Strings = Record<string, Record<string, string>>
const payloadFrench = fr.translations as unknown as Strings
const ours = ADMIN_WORDING as Strings
const overridden = Object.entries(ours).flatMap(([group, keys]) => Object.keys(keys).map((key) => [group, key] as const))
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{\{\w+\}\}|<\/?\d>/g)].map((match) => match[0]))]

/** Wordings that hedge a label's gender or number. */
const HEDGES = /\p{L}\(e\)|nouveau ou nouvelle|ce ou cette|de ou du|le ou la|<Pas de/u

describe('the admin’s French wording', () => {
  it.each(overridden)('%s:%s replaces a string of Payload’s and uses only its placeholders', (group, key) => {
    expect(typeof payloadFrench[group]?.[key]).toBe('string')
    expect(payloadFrench[group][key]).not.toBe(ours[group][key])
    for (const placeholder of placeholders(ours[group][key])) expect(placeholders(payloadFrench[group][key])).toContain(placeholder)
  })

  it('leaves no hedged wording around a label', () => {
    const merged = Object.entries(payloadFrench).flatMap(([group, keys]) =>
      Object.entries(keys).map(([key, text]) => [`${group}:${key}`, ours[group]?.[key] ?? text] as const),
    )
    expect(merged.filter(([, text]) => typeof text === 'string' && /\{\{\w*[lL]abel\}\}/.test(text) && HEDGES.test(text))).toEqual([])
    expect(ours.general.createNewLabel.replace('{{label}}', 'Charte de partenariat')).toBe('Créer\u00a0: Charte de partenariat')
    expect(ours.general.successfullyCreated.replace('{{label}}', 'Charte de partenariat')).toBe('Charte de partenariat\u00a0: création enregistrée.')
  })
})
