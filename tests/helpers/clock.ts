import type { Payload } from 'payload'

import { ManualClock } from '../../src/plugins/boussole/core/clock'
import { getSettings } from '../../src/plugins/boussole/core/options'

export type InstalledClock = ManualClock & { restore: () => void }

/**
 * Swaps the Boussole plugin's clock for a manual one starting at `start` (delays, reminders, retention
 * become testable); `restore()` puts the previous clock back.
 */
export function useManualClock(payload: Payload, start: Date | string): InstalledClock {
  const settings = getSettings(payload)
  const previous = settings.clock
  const clock = new ManualClock(start) as InstalledClock
  clock.restore = () => {
    settings.clock = previous
  }
  settings.clock = clock
  return clock
}
