/** Stops the embedded test PostgreSQL started by globalSetup (nothing to do on DATABASE_URL). */
export default async function globalTeardown(): Promise<void> {
  const cluster = (globalThis as { __boussoleCluster?: { ownedByThisProcess: boolean; stop: () => Promise<void> } }).__boussoleCluster
  if (cluster?.ownedByThisProcess) await cluster.stop()
}
