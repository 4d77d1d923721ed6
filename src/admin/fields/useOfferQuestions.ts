'use client'

import { useConfig, useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { applicableQuestionnaire } from '@/domain/questionnaire/applicableQuestionnaire'
import { toQuestions } from '@/domain/questionnaire/toQuestions'
import type { Question } from '@/domain/questionnaire/types'
import { idOf } from '@/domain/shared/ids'
import type { Questionnaire } from '@/payload-types'

/** Questionnaires by theme, fetched once per page (read access is public). */
const byTheme = new Map<string, Promise<Questionnaire[]>>()

function questionnairesOf(apiRoute: string, themeId: number): Promise<Questionnaire[]> {
  const url = `${apiRoute}/questionnaires?where[theme][equals]=${themeId}&depth=0&limit=100&pagination=false`
  if (!byTheme.has(url)) {
    const request = fetch(url, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then((body: { docs?: Questionnaire[] }) => body.docs ?? [])
      .catch(() => {
        byTheme.delete(url)
        return []
      })
    byTheme.set(url, request)
  }
  return byTheme.get(url) as Promise<Questionnaire[]>
}

export type OfferQuestions = { state: 'no-theme' } | { state: 'loading' } | { state: 'ready'; questions: Question[] }

/**
 * The questions of the questionnaire the matching uses for the offer being edited: the territory's own for
 * the offer's theme, else the national template (`applicableQuestionnaire`), following the form's theme and
 * territory as they are chosen.
 */
export function useOfferQuestions(): OfferQuestions {
  const { config } = useConfig()
  const apiRoute = `${config.serverURL ?? ''}${config.routes.api}`
  const themeId = useFormFields(([fields]) => idOf(fields.theme?.value))
  const territoryId = useFormFields(([fields]) => idOf(fields.territory?.value))
  const [result, setResult] = useState<OfferQuestions>({ state: 'loading' })
  useEffect(() => {
    if (themeId === null) {
      setResult({ state: 'no-theme' })
      return
    }
    let current = true
    void questionnairesOf(apiRoute, themeId).then((docs) => {
      if (!current) return
      const applicable = applicableQuestionnaire(docs, themeId, territoryId ?? -1)
      setResult({ state: 'ready', questions: applicable ? toQuestions(applicable.questions) : [] })
    })
    return () => {
      current = false
    }
  }, [apiRoute, themeId, territoryId])
  return result
}

/** The criterion of the rule (or alternative) a field at `path` belongs to: `rules.N.criterion`, `rules.N.anyOf.M.criterion`. */
export const criterionPath = (path: string): string => path.replace(/[^.]+$/, 'criterion')
