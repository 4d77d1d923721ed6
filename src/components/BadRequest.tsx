import type { ReactNode } from 'react'

import type { ApiError } from '@/plugins/boussole/server'

/**
 * What a page shows when its address was damaged or tampered with (the « 400 » case): what is wrong, in plain
 * words, and where to go from here. Never a crash.
 */
export function BadRequest({ title, errors, children }: { title: string; errors: ApiError[]; children: ReactNode }) {
  return (
    <div className="fr-container fr-pt-6w">
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-md-8">
          <h1>{title}</h1>
          <p className="fr-text--lead">
            Le lien que tu as suivi est incomplet ou a été modifié : on ne peut pas l’utiliser tel quel. Ce n’est pas grave, tu peux reprendre en quelques
            clics.
          </p>
          {errors.length > 0 && (
            <div className="fr-alert fr-alert--warning fr-mb-4w">
              <h2 className="fr-alert__title">Ce qui ne va pas</h2>
              <ul>
                {errors.slice(0, 5).map((error, index) => (
                  <li key={index}>{error.message}</li>
                ))}
              </ul>
            </div>
          )}
          {children}
        </div>
      </div>
    </div>
  )
}
