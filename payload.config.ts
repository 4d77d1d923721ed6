import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { fr } from '@payloadcms/translations/languages/fr'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'

import { migrations } from './migrations'
import { protectPayloadCollections } from './src/access/payloadCollections'
import { boussoleAccess } from './src/access/policies'
import { serverRelationshipCells } from './src/admin/lists/serverRelationshipCells'
import { Charters } from './src/collections/Charters'
import { Communes } from './src/collections/Communes'
import { Departements } from './src/collections/Departements'
import { Epcis } from './src/collections/Epcis'
import { Leads } from './src/collections/Leads'
import { LeadMoves } from './src/collections/Leads/LeadMoves'
import { Media } from './src/collections/Media'
import { Offers } from './src/collections/Offers'
import { OfferTerritories } from './src/collections/OfferTerritories'
import { Partners } from './src/collections/Partners'
import { Questionnaires } from './src/collections/Questionnaires'
import { Territories } from './src/collections/Territories'
import { Themes } from './src/collections/Themes'
import { Users } from './src/collections/Users'
import { payloadSecret } from './src/config/payloadSecret'
import { publicUrl } from './src/config/publicUrl'
import { claimJobsAtomically } from './src/database/claimJobs'
import { surviveDroppedConnections } from './src/database/pool'
import { emailAdapter } from './src/email/emailAdapter'
import { frenchDatePickers } from './src/fields/frenchDatePickers'
import { UPLOAD_PARSER_LIMITS } from './src/fields/uploadLimits'
import { healthEndpoint } from './src/health/healthEndpoint'
import { ADMIN_WORDING } from './src/i18n/adminWording'
import { frenchErrors } from './src/i18n/payloadErrors'
import { boussolePlugin } from './src/plugins/boussole'
import { requestLogFields } from './src/server/requestContext'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: publicUrl(),
  secret: payloadSecret(),
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' — Boussole', description: 'Espace professionnel de Boussole' },
    importMap: { baseDir: path.resolve(dirname, 'src') },
    dateFormat: 'dd/MM/yyyy HH:mm',
    // Payload's default avatar is fetched from Gravatar with a hash of the email: no third party sees who works here
    // (and the admin's Content-Security-Policy allows images from the site only).
    avatar: 'default',
    components: {
      // An animator of several territories chooses the one the lists show (src/access/selectedTerritory.ts).
      beforeNavLinks: ['@/admin/territorySelector/TerritorySelector#TerritorySelector'],
      // « S’identifier avec ProConnect » on the login page, only when ProConnect is configured (src/config/proConnect.ts).
      beforeLogin: ['@/admin/proConnect/ProConnectLogin#ProConnectLogin'],
      // « Se déconnecter » also ends the ProConnect session of a person who signed in with it.
      logout: { Button: '@/admin/proConnect/LogoutButton#LogoutButton' },
      views: {
        // The admin home: what each person has to do today (inbox, territory cockpit, national statistics).
        dashboard: { Component: '@/admin/dashboard/Dashboard#Dashboard' },
        // Back-office workflows (src/admin/workflows): offer validation, peer directory, invitations.
        validation: { Component: '@/admin/workflows/validation/ValidationQueueView#ValidationQueueView', path: '/validation', exact: true },
        annuaire: { Component: '@/admin/workflows/annuaire/AnnuaireView#AnnuaireView', path: '/annuaire', exact: true },
        inviter: { Component: '@/admin/workflows/users/InviteView#InviteView', path: '/inviter', exact: true },
        // An invitation's link (src/collections/Users/invitationEmail.ts): « Choisir mon mot de passe », /choisir-mot-de-passe/<token>.
        // Not `exact`, without `:token`: Payload lets visitors in only on a custom view's path or below it (isCustomAdminView).
        choisirMotDePasse: {
          Component: '@/admin/workflows/users/ChoosePasswordView#ChoosePasswordView',
          path: '/choisir-mot-de-passe',
          meta: { title: 'Choisir mon mot de passe' },
        },
        // The link of an email change (src/collections/Users/emailChange.ts) opens here.
        confirmerCourriel: { Component: '@/admin/workflows/users/ConfirmEmailView#ConfirmEmailView', path: '/confirmer-courriel', exact: true },
        // The animation's overdue requests (src/admin/leads/overdue), linked from the cockpit.
        demandesEnRetard: { Component: '@/admin/leads/overdue/OverdueLeadsView#OverdueLeadsView', path: '/demandes-en-retard', exact: true },
        // Pre-filling a territory from a data·inclusion v1 file (src/plugins/boussole/imports/dataInclusionEndpoint.ts).
        importDataInclusion: {
          Component: '@/admin/workflows/imports/DataInclusionImportView#DataInclusionImportView',
          path: '/import-data-inclusion',
          exact: true,
        },
      },
    },
  },
  i18n: {
    supportedLanguages: { fr },
    fallbackLanguage: 'fr',
    // Wordings that read well whatever a label's gender (src/i18n/adminWording.ts). A reset link's page keeps
    // Payload's « Réinitialiser le mot de passe »; an invitation opens « Choisir mon mot de passe » (ChoosePasswordView).
    translations: { fr: ADMIN_WORDING },
  },
  // Payload's few English error messages (reset token, upload checks…) in French, REST and GraphQL alike.
  hooks: { afterError: [frenchErrors] },
  collections: [
    Users,
    Territories,
    Themes,
    Questionnaires,
    Partners,
    Charters,
    Offers,
    OfferTerritories,
    Leads,
    LeadMoves,
    Communes,
    Departements,
    Epcis,
    Media,
  ],
  editor: lexicalEditor(),
  // GET /api/health for load balancers and monitoring (src/domain/health/healthReport.ts).
  endpoints: [healthEndpoint(migrations.map((migration) => migration.name))],
  // Jobs are taken by one conditional UPDATE, so that several workers never run the same job (src/database/claimJobs.ts).
  db: claimJobsAtomically(
    postgresAdapter({
      pool: { connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) },
      // The schema only ever changes through the committed migrations in migrations/.
      push: false,
      migrationDir: path.resolve(dirname, 'migrations'),
    }),
  ),
  email: emailAdapter(),
  // Multipart parsing stops past the largest upload limit (each upload collection checks its own).
  upload: UPLOAD_PARSER_LIMITS,
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  // After the plugins that add collections: every date field typed and shown « 01/12/2026 », every list's
  // relationship columns rendered with the page.
  plugins: [boussolePlugin({ access: boussoleAccess }), frenchDatePickers, serverRelationshipCells],
  telemetry: false,
  // JSON lines (pino's own format) for a platform's log collector in production (the web server, and the worker with
  // BOUSSOLE_LOG_FORMAT=json, as the Procfile runs it); Payload's coloured lines in development.
  // JSON lines in production, each written while serving a request with that request's id (`requestId`).
  logger:
    process.env.NODE_ENV === 'production' || process.env.BOUSSOLE_LOG_FORMAT === 'json' ? { options: { name: 'payload', mixin: requestLogFields } } : undefined,
  // The database restarting must not end the process (src/database/pool.ts).
  onInit: surviveDroppedConnections,
  // Payload's own collections (locks, preferences, migrations) get the project's rules once sanitised
  // (src/access/payloadCollections.ts: Payload offers no option for them).
}).then(protectPayloadCollections)
