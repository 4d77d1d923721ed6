import { describe, expect, it } from '@jest/globals'

import { describeContactPreferences, shortContactPreferences, type ContactPreferences } from '../../src/domain/leads/contactPreferences'

describe('describeContactPreferences / shortContactPreferences', () => {
  it.each<[ContactPreferences | null, string | null, string | null]>([
    [null, null, null],
    [{ channels: [], moments: [] }, null, null],
    [{ channels: ['sms', 'appel'], moments: ['soir'] }, 'Préfère être contacté(e) par SMS ou appel, le soir.', 'SMS, appel · le soir'],
    [{ channels: ['appel', 'sms'], moments: null }, 'Préfère être contacté(e) par SMS ou appel.', 'SMS, appel'],
    [{ channels: ['mail'], moments: [] }, 'Préfère être contacté(e) par mail.', 'mail'],
    [{ channels: [], moments: ['matin', 'apres_midi'] }, 'Préfère être contacté(e) le matin ou l’après-midi.', 'le matin, l’après-midi'],
    [
      { channels: ['sms', 'appel', 'mail'], moments: ['soir', 'matin', 'midi'] },
      'Préfère être contacté(e) par SMS, appel ou mail, le matin, le midi ou le soir.',
      'SMS, appel, mail · le matin, le midi, le soir',
    ],
    [{ channels: ['pigeon'], moments: ['nuit'] }, null, null],
  ])('%j', (preferences, sentence, short) => {
    expect(describeContactPreferences(preferences)).toBe(sentence)
    expect(shortContactPreferences(preferences)).toBe(short)
  })
})
