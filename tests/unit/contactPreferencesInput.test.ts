import { describe, expect, it } from '@jest/globals'

import { normalizeContactPreferences } from '../../src/domain/leads/contactPreferences'

describe('normalizeContactPreferences: known values only, each once, in the form’s order', () => {
  it.each<[string, unknown, { channels: string[]; moments: string[] }]>([
    ['nothing said', undefined, { channels: [], moments: [] }],
    ['null', null, { channels: [], moments: [] }],
    ['empty lists', { channels: [], moments: [] }, { channels: [], moments: [] }],
    ['one of each', { channels: ['sms'], moments: ['soir'] }, { channels: ['sms'], moments: ['soir'] }],
    ['in the form’s order', { channels: ['mail', 'sms'], moments: ['soir', 'matin'] }, { channels: ['sms', 'mail'], moments: ['matin', 'soir'] }],
    ['duplicates once', { channels: ['sms', 'sms'] }, { channels: ['sms'], moments: [] }],
    ['only moments', { moments: ['apres_midi', 'midi'] }, { channels: [], moments: ['midi', 'apres_midi'] }],
  ])('%s', (_case, value, preferences) => {
    expect(normalizeContactPreferences(value)).toEqual({ ok: true, preferences })
  })

  it.each<[string, unknown, string]>([
    ['an unknown channel', { channels: ['pigeon'] }, 'contactPreferences.channels'],
    ['an unknown moment', { moments: ['nuit'] }, 'contactPreferences.moments'],
    ['a channel in capitals', { channels: ['SMS'] }, 'contactPreferences.channels'],
    ['a string instead of a list', { channels: 'sms' }, 'contactPreferences.channels'],
    ['a number in the list', { moments: [1] }, 'contactPreferences.moments'],
    ['a script', { channels: ['<script>alert(1)</script>'] }, 'contactPreferences.channels'],
    ['a huge list', { channels: Array(50).fill('sms') }, 'contactPreferences.channels'],
    ['a list instead of an object', ['sms'], 'contactPreferences'],
    ['a string', 'sms', 'contactPreferences'],
  ])('refuses %s (400, French message)', (_case, value, field) => {
    const result = normalizeContactPreferences(value)
    expect(result).toMatchObject({ ok: false, field })
    expect(result.ok ? '' : result.message).toMatch(/^Choisis|^Tes préférences/)
  })
})
