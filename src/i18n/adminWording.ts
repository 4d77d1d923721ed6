/**
 * Payload's French strings that wrap a collection's or a field's label cannot know its gender, so they
 * hedge (« Créer un(e) nouveau ou nouvelle Charte de partenariat », « <Pas de Organisme> »). These wordings
 * read well whatever the label (« Créer », « Créer : Charte de partenariat », « Non renseigné », « Charte de partenariat : création enregistrée. »); they
 * override Payload's in `payload.config.ts` (`i18n.translations.fr`). The placeholders stay Payload's.
 */

/** French typography: a no-break space before « : », as in Payload's French. */
const COLON = '\u00a0:'

export const ADMIN_WORDING = {
  general: {
    createNew: 'Créer',
    createNewLabel: `Créer${COLON} {{label}}`,
    creatingNewLabel: `Création${COLON} {{label}}`,
    noLabel: 'Non renseigné',
    noResults: `Aucun résultat dans « {{label}} »${COLON} il n’y en a pas encore, ou aucun ne correspond aux filtres ci-dessus.`,
    aboutToDelete: 'Vous êtes sur le point de supprimer <1>{{title}}</1> ({{label}}). Confirmez-vous ?',
    successfullyCreated: `{{label}}${COLON} création enregistrée.`,
    successfullyDuplicated: `{{label}}${COLON} copie créée.`,
    titleDeleted: `{{label}}${COLON} « {{title}} », suppression effectuée.`,
  },
  fields: {
    addNew: 'Ajouter',
    addNewLabel: `Ajouter${COLON} {{label}}`,
    chooseLabel: `Choisir${COLON} {{label}}`,
    editLabelData: `Modifier les données${COLON} {{label}}`,
    labelRelationship: `Relation${COLON} {{label}}`,
    newLabel: `Nouvel élément${COLON} {{label}}`,
    uploadNewLabel: `Téléverser${COLON} {{label}}`,
  },
  version: {
    aboutToRestoreGlobal: 'Vous êtes sur le point de restaurer « {{label}} » tel qu’à la date du {{versionDate}}.',
    noRowsFound: `Aucun résultat${COLON} {{label}}`,
    viewingVersion: `Version${COLON} {{entityLabel}} {{documentTitle}}`,
    viewingVersionGlobal: `Version${COLON} {{entityLabel}}`,
    viewingVersions: `Versions${COLON} {{entityLabel}} {{documentTitle}}`,
    viewingVersionsGlobal: `Versions${COLON} {{entityLabel}}`,
  },
}
