import type { CollectionConfig } from 'payload'

import { anyone, hasRole } from '@/access/policies'
import { limitUploadSize, UPLOAD_LIMITS } from '@/fields/uploadLimits'

/** Public images (partner logos), 2 MB at most. Personal documents never go here. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Image', plural: 'Images' },
  admin: { group: 'Réseau' },
  access: {
    read: anyone,
    create: hasRole('admin', 'animator', 'partner'),
    update: hasRole('admin', 'animator'),
    delete: hasRole('admin', 'animator'),
  },
  hooks: { beforeValidate: [limitUploadSize(UPLOAD_LIMITS.media)] },
  upload: {
    staticDir: '.data/uploads/media',
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'image/svg+xml'],
  },
  fields: [{ name: 'alt', label: 'Texte alternatif', type: 'text', required: true, maxLength: 200 }],
}
