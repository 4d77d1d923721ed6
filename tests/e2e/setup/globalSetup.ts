import integrationGlobalSetup from '../../setup/globalSetup'
import { startE2eEnvironment, type E2eEnvironment } from './environment'

type Globals = { __boussoleCluster?: unknown; __boussoleE2e?: { environment: E2eEnvironment; ownsCluster: boolean } }

/**
 * End-to-end tests: the integration tests' database set-up (embedded PostgreSQL, template built from the
 * migrations, geography and demo data), then the production build served on a free port with a real SMTP
 * server. Tests read BOUSSOLE_E2E_BASE_URL.
 */
export default async function globalSetup(): Promise<void> {
  const globals = globalThis as Globals
  // When the integration project ran first, its cluster is already up: reuse it, never start a second one.
  const ownsCluster = !process.env.BOUSSOLE_TEST_SERVER_URL
  if (ownsCluster) await integrationGlobalSetup()
  const environment = await startE2eEnvironment({
    serverUrl: process.env.BOUSSOLE_TEST_SERVER_URL!,
    template: process.env.BOUSSOLE_TEST_TEMPLATE!,
  })
  globals.__boussoleE2e = { environment, ownsCluster }
  process.env.BOUSSOLE_E2E_BASE_URL = environment.baseUrl
  process.env.BOUSSOLE_E2E_DATABASE_URL = environment.databaseUrl
  process.env.BOUSSOLE_E2E_MAIL_DIR = environment.mailFolder
}
