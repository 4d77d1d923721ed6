import integrationGlobalTeardown from '../../setup/globalTeardown'

type Globals = { __boussoleE2e?: { environment: { stop: () => Promise<void> }; ownsCluster: boolean } }

/** Stops the site, the worker and the SMTP server, drops the e2e database; the cluster if this project started it. */
export default async function globalTeardown(): Promise<void> {
  const globals = globalThis as Globals
  const e2e = globals.__boussoleE2e
  if (!e2e) return
  await e2e.environment.stop()
  globals.__boussoleE2e = undefined
  if (e2e.ownsCluster) await integrationGlobalTeardown()
}
