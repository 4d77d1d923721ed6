import type { CollectionConfig } from 'payload'

import { keepWithinPerimeter } from '@/access/keepWithinPerimeter'
import { territoryPicker } from '@/access/pickers'
import { anyone, hasRole, rolesInPerimeter } from '@/access/policies'

import { validateQuestionTree } from './validateQuestionTree'

export const QUESTION_TYPES = [
  { value: 'single', label: 'Choix unique' },
  { value: 'multiple', label: 'Choix multiple' },
  { value: 'number', label: 'Nombre' },
  { value: 'boolean', label: 'Oui / non' },
] as const

/**
 * The short questionnaire that determines a young person's situation for a theme: a national template
 * per theme, optionally overridden by a territory. Questions can be shown only for given answers to an
 * earlier question (branching). Saving a tree with broken conditions is refused.
 */
export const Questionnaires: CollectionConfig = {
  slug: 'questionnaires',
  labels: { singular: 'Questionnaire', plural: 'Questionnaires' },
  admin: {
    group: 'Référentiel national',
    useAsTitle: 'title',
    defaultColumns: ['title', 'theme', 'territory', 'updatedAt'],
    description: 'Un modèle national par thème ; un territoire peut le remplacer par sa propre version.',
    components: {
      // « Dupliquer pour mon territoire » on the national questionnaire, for animators (src/admin/workflows/questionnaires).
      edit: { beforeDocumentControls: ['@/admin/workflows/questionnaires/DuplicateForTerritory#DuplicateForTerritory'] },
      views: {
        edit: {
          arbre: {
            Component: '@/admin/workflows/questionnaires/QuestionTreeView#QuestionTreeView',
            path: '/arbre',
            tab: { label: 'Arbre et aperçu', href: '/arbre' },
          },
        },
      },
    },
  },
  access: {
    read: anyone,
    create: hasRole('admin', 'animator'),
    update: rolesInPerimeter(['admin', 'animator'], { territory: 'territory' }),
    delete: rolesInPerimeter(['admin', 'animator'], { territory: 'territory' }),
  },
  hooks: {
    beforeChange: [keepWithinPerimeter({ territory: 'territory', territoryRequiredForAnimators: true }), validateQuestionTree],
  },
  fields: [
    { name: 'title', label: 'Titre', type: 'text', required: true, maxLength: 120 },
    { name: 'theme', label: 'Thème', type: 'relationship', relationTo: 'themes', required: true, index: true },
    {
      name: 'territory',
      label: 'Territoire',
      type: 'relationship',
      relationTo: 'territories',
      index: true,
      filterOptions: territoryPicker,
      admin: { description: 'Laisser vide pour le modèle national ; choisir un territoire pour le remplacer localement.' },
    },
    { name: 'intro', label: 'Introduction', type: 'textarea', maxLength: 500 },
    {
      name: 'questions',
      label: 'Questions',
      type: 'array',
      minRows: 1,
      maxRows: 30,
      labels: { singular: 'Question', plural: 'Questions' },
      // Saved questions folded under their wording (« 3. Quelle est ta situation ? »); a new one unfolds (src/admin/fields).
      admin: { initCollapsed: true, components: { RowLabel: '@/admin/fields/QuestionRowLabel#QuestionRowLabel' } },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'key',
              label: 'Critère',
              type: 'text',
              required: true,
              maxLength: 40,
              admin: { description: 'Identifiant du critère (ex. age, situation, diplome, permis) : les offres filtrent sur lui.' },
            },
            { name: 'type', label: 'Type', type: 'select', required: true, defaultValue: 'single', options: [...QUESTION_TYPES] },
            { name: 'required', label: 'Réponse obligatoire', type: 'checkbox', defaultValue: true },
          ],
        },
        { name: 'label', label: 'Question posée', type: 'text', required: true, maxLength: 200 },
        {
          name: 'step',
          label: 'Commence l’étape',
          type: 'text',
          maxLength: 80,
          admin: {
            description:
              'Facultatif : pour poser le questionnaire en plusieurs pages, donnez un titre d’étape (ex. « Mon profil », « Ma situation ») à la première question de chaque page ; la première question ouvre alors la première étape.',
          },
        },
        {
          name: 'shortLabel',
          label: 'Libellé court',
          type: 'text',
          maxLength: 60,
          admin: { description: 'Utilisé pour expliquer les résultats (« Situation : … »).' },
        },
        { name: 'help', label: 'Aide', type: 'textarea', maxLength: 500 },
        {
          name: 'options',
          label: 'Réponses proposées',
          type: 'array',
          labels: { singular: 'Réponse', plural: 'Réponses' },
          admin: {
            condition: (_, sibling) => sibling?.type === 'single' || sibling?.type === 'multiple',
            initCollapsed: true,
            components: { RowLabel: '@/admin/fields/AnswerRowLabel#AnswerRowLabel' },
          },
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'value', label: 'Valeur', type: 'text', required: true, maxLength: 60 },
                { name: 'label', label: 'Libellé', type: 'text', required: true, maxLength: 150 },
              ],
            },
          ],
        },
        {
          name: 'allowUnknown',
          label: 'Proposer « Je ne sais pas / indifférent »',
          type: 'checkbox',
          defaultValue: false,
        },
        {
          type: 'row',
          admin: { condition: (_, sibling) => sibling?.type === 'number' },
          fields: [
            { name: 'min', label: 'Minimum', type: 'number' },
            { name: 'max', label: 'Maximum', type: 'number' },
          ],
        },
        {
          name: 'conditions',
          label: 'Afficher seulement si…',
          type: 'array',
          labels: { singular: 'Condition', plural: 'Conditions' },
          admin: {
            description:
              'Sans condition, la question est toujours posée. Avec plusieurs conditions, la question n’est posée que si toutes sont remplies. Une condition ne porte que sur une question précédente.',
          },
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'questionKey',
                  label: 'la réponse à la question',
                  type: 'text',
                  maxLength: 40,
                  admin: { components: { Field: '@/admin/fields/ConditionQuestionField#ConditionQuestionField' } },
                },
                {
                  name: 'operator',
                  label: 'opérateur',
                  type: 'select',
                  required: true,
                  defaultValue: 'in',
                  options: [
                    { value: 'in', label: 'est l’une de' },
                    { value: 'notIn', label: 'n’est aucune de' },
                  ],
                },
                {
                  name: 'values',
                  label: 'ces réponses',
                  type: 'text',
                  hasMany: true,
                  admin: { components: { Field: '@/admin/fields/ConditionValuesField#ConditionValuesField' } },
                },
              ],
            },
          ],
        },
      ],
    },
  ],
}
