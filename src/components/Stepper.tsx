/**
 * DSFR stepper (CSS only); the custom properties also cover questionnaires longer than the DSFR's 8 steps.
 * `unit`: « Question 2 sur 7 » (one question per page) or « Étape 1 sur 2 » (a questionnaire with steps, whose
 * next step is named below).
 */
export function Stepper({
  title,
  current,
  total,
  unit = 'Question',
  nextTitle,
}: {
  title: string
  current: number
  total: number
  unit?: 'Question' | 'Étape'
  nextTitle?: string | null
}) {
  const style = { '--steps': total, '--current-step': current } as React.CSSProperties
  return (
    <div className="fr-stepper">
      <p className="fr-stepper__title">
        {title}
        <span className="fr-stepper__state">
          {unit} {current} sur {total}
        </span>
      </p>
      <div className="fr-stepper__steps" data-fr-current-step={current} data-fr-steps={total} style={style} />
      {nextTitle ? (
        <p className="fr-stepper__details">
          <span className="fr-text--bold">Étape suivante :</span> {nextTitle}
        </p>
      ) : null}
    </div>
  )
}
