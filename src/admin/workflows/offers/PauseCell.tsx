'use client'

import { Pill } from '@payloadcms/ui'

import { formatPauseDay, isPausedOnDay, pauseDay } from '@/domain/offers/pause'
import { validityDay } from '@/domain/offers/validity'

/** The offers list's « Complet jusqu’au » column: a label while the pause lasts, nothing otherwise. */
export function PauseCell({ cellData }: { cellData?: string | null }) {
  const day = isPausedOnDay(cellData, validityDay(new Date())) ? pauseDay(cellData) : null
  if (!day) return null
  return (
    <Pill pillStyle="warning" size="small">
      Complet jusqu’au {formatPauseDay(day)}
    </Pill>
  )
}
