import type { CollectionConfig } from 'payload'

import { adminOnly, anyone } from '@/access/policies'
import { SLUG_PATTERN, slugField } from '@/fields/slugField'

/** National themes (Emploi, Formation, Logement, Santé, Mobilité internationale…), opened territory by territory. */
export const Themes: CollectionConfig = {
  slug: 'themes',
  labels: { singular: 'Thème', plural: 'Thèmes' },
  admin: { group: 'Référentiel national', useAsTitle: 'name', defaultColumns: ['name', 'status', 'order'] },
  access: { read: anyone, create: adminOnly, update: adminOnly, delete: adminOnly },
  defaultSort: 'order',
  fields: [
    { name: 'name', label: 'Nom', type: 'text', required: true, maxLength: 60 },
    slugField('name'),
    {
      name: 'description',
      label: 'Description pour les jeunes',
      type: 'textarea',
      required: true,
      maxLength: 240,
      admin: { description: 'Une ou deux phrases simples, sans jargon : « Trouver un job, un stage, une alternance… »' },
    },
    {
      name: 'icon',
      label: 'Pictogramme',
      type: 'select',
      defaultValue: 'briefcase',
      options: [
        { label: 'Mallette (emploi)', value: 'briefcase' },
        { label: 'Livre (formation)', value: 'book' },
        { label: 'Maison (logement)', value: 'home' },
        { label: 'Cœur (santé)', value: 'heart' },
        { label: 'Globe (international)', value: 'globe' },
        { label: 'Boussole', value: 'compass' },
      ],
    },
    { name: 'order', label: 'Ordre', type: 'number', defaultValue: 0 },
    {
      name: 'status',
      label: 'Statut national',
      type: 'select',
      required: true,
      defaultValue: 'disponible',
      options: [
        { label: 'Disponible', value: 'disponible' },
        { label: 'Bientôt', value: 'bientot' },
      ],
    },
    {
      name: 'subThemes',
      label: 'Sous-thèmes (catégories de résultats)',
      type: 'array',
      labels: { singular: 'Sous-thème', plural: 'Sous-thèmes' },
      admin: { description: 'Les résultats sont regroupés par sous-thème, dans cet ordre.' },
      fields: [
        { name: 'name', label: 'Nom', type: 'text', required: true, maxLength: 80 },
        {
          name: 'slug',
          label: 'Identifiant',
          type: 'text',
          required: true,
          validate: (value: unknown) =>
            typeof value === 'string' && SLUG_PATTERN.test(value) ? true : 'Identifiant en minuscules, chiffres et tirets (ex. « trouver-un-emploi »).',
        },
      ],
    },
  ],
}
