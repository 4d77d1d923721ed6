/** DSFR stepper (CSS only); the custom properties also cover questionnaires longer than the DSFR's 8 steps. */
export function Stepper({ title, current, total }: { title: string; current: number; total: number }) {
  const style = { '--steps': total, '--current-step': current } as React.CSSProperties
  return (
    <div className="fr-stepper">
      <p className="fr-stepper__title">
        {title}
        <span className="fr-stepper__state">
          Question {current} sur {total}
        </span>
      </p>
      <div className="fr-stepper__steps" data-fr-current-step={current} data-fr-steps={total} style={style} />
    </div>
  )
}
