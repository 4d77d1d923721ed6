import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { fr } from '@payloadcms/translations/languages/fr'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'

import { Charters } from './src/collections/Charters'
import { Communes } from './src/collections/Communes'
import { Departements } from './src/collections/Departements'
import { Epcis } from './src/collections/Epcis'
import { Leads } from './src/collections/Leads'
import { Media } from './src/collections/Media'
import { Offers } from './src/collections/Offers'
import { Partners } from './src/collections/Partners'
import { Questionnaires } from './src/collections/Questionnaires'
import { Territories } from './src/collections/Territories'
import { Themes } from './src/collections/Themes'
import { Users } from './src/collections/Users'
import { payloadSecret } from './src/config/payloadSecret'
import { publicUrl } from './src/config/publicUrl'
import { emailAdapter } from './src/email/emailAdapter'
import { boussolePlugin } from './src/plugins/boussole'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: publicUrl(),
  secret: payloadSecret(),
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' — Boussole', description: 'Espace professionnel de Boussole' },
    importMap: { baseDir: path.resolve(dirname, 'src') },
    dateFormat: 'dd/MM/yyyy HH:mm',
    components: {
      views: {
        // The admin home: what each person has to do today (inbox, territory cockpit, national statistics).
        dashboard: { Component: '@/admin/dashboard/Dashboard#Dashboard' },
        // Back-office workflows (src/admin/workflows): offer validation, peer directory, invitations.
        validation: { Component: '@/admin/workflows/validation/ValidationQueueView#ValidationQueueView', path: '/validation', exact: true },
        annuaire: { Component: '@/admin/workflows/annuaire/AnnuaireView#AnnuaireView', path: '/annuaire', exact: true },
        inviter: { Component: '@/admin/workflows/users/InviteView#InviteView', path: '/inviter', exact: true },
      },
    },
  },
  i18n: { supportedLanguages: { fr }, fallbackLanguage: 'fr' },
  collections: [Users, Territories, Themes, Questionnaires, Partners, Charters, Offers, Leads, Communes, Departements, Epcis, Media],
  editor: lexicalEditor(),
  db: postgresAdapter({
    pool: { connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) },
    // The schema only ever changes through the committed migrations in migrations/.
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
  }),
  email: emailAdapter(),
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  plugins: [boussolePlugin()],
  telemetry: false,
})
