import type { AdminViewServerProps } from 'payload'

import { territoryChoices } from '../shared/perimeterChoices'
import { mayUse, NotAllowed, viewActor, WorkflowTemplate } from '../shared/WorkflowTemplate'
import { DataInclusionImportForm } from './DataInclusionImportForm'

const TITLE = 'Importer depuis data·inclusion'

/**
 * For animators (their territories) and national administrators: pre-fill a territory with the services and
 * structures a network already publishes in the data·inclusion v1 schema (DORA…). Preview first, then all or
 * nothing; offers arrive as drafts, published only through the usual validation.
 */
export async function DataInclusionImportView(props: AdminViewServerProps) {
  const user = viewActor(props, '/import-data-inclusion')
  if (!mayUse(user, ['admin', 'animator'])) return <NotAllowed view={props} title={TITLE} />
  const territories = await territoryChoices(props.initPageResult.req, user)
  return (
    <WorkflowTemplate
      view={props}
      title={TITLE}
      lead="Déposez le fichier des services et des structures de votre réseau au format data·inclusion v1 (JSON, ou les fichiers CSV des structures et des services ensemble). Vous voyez d’abord, ligne par ligne, ce qui serait créé, rapproché d’un organisme existant par son SIRET, ignoré ou refusé ; rien n’est importé tant qu’une ligne est refusée. Les offres arrivent en brouillon : elles ne sont publiées qu’après la validation habituelle."
    >
      <div className="bw-card">
        <DataInclusionImportForm territories={territories} />
      </div>
    </WorkflowTemplate>
  )
}
