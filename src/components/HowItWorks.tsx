const STEPS = [
  { title: 'Dis-nous où tu habites', text: 'Choisis ta commune, puis ce que tu cherches : emploi, formation, logement, santé…' },
  { title: 'Réponds à quelques questions', text: 'Deux minutes, sans donner ton nom. On te montre les services qui correspondent à ta situation.' },
  { title: 'Un ou une pro te recontacte', text: 'Choisis un service et laisse ton mail ou ton portable : la personne te contacte sous 1 à 7 jours.' },
]

/** The three steps of the service, in plain words. */
export function HowItWorks({ headingLevel = 3 }: { headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as 'h2' | 'h3'
  return (
    <ol className="fr-grid-row fr-grid-row--gutters fr-raw-list boussole-steps">
      {STEPS.map((step, index) => (
        <li key={step.title} className="fr-col-12 fr-col-md-4">
          <span className="boussole-step-number" aria-hidden="true">
            {index + 1}
          </span>
          <Heading className="fr-h5 fr-mb-1w">
            <span className="fr-sr-only">Étape {index + 1} : </span>
            {step.title}
          </Heading>
          <p className="fr-mb-0">{step.text}</p>
        </li>
      ))}
    </ol>
  )
}
