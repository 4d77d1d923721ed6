'use client'

import { toast } from '@payloadcms/ui'
import { useState, useTransition } from 'react'

import type { ActionResult } from './session'

/**
 * Runs a workflow's server action from a button: pending while it runs, its French refusal shown (toast and inline),
 * its success toasted, then the page reloaded (or sent where `goTo` says) so every field shows the stored state.
 */
export function useActionRunner() {
  const [pending, startTransition] = useTransition()
  const [error, setError] = useState<string | null>(null)
  const run = (work: () => Promise<ActionResult>, goTo?: (result: ActionResult & { ok: true }) => string) =>
    startTransition(async () => {
      setError(null)
      const result = await work()
      if (!result.ok) {
        setError(result.message)
        toast.error(result.message)
        return
      }
      toast.success(result.message)
      window.location.assign(goTo ? goTo(result) : window.location.pathname)
    })
  return { pending, error, run }
}
