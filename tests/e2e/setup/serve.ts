/**
 * `npm run e2e:serve`: starts the end-to-end environment by hand (fresh demo database,
 * SMTP capture in tests/artifacts/mail, production build, job worker) and keeps it running until Ctrl+C.
 */
import globalSetup from './globalSetup'
import globalTeardown from './globalTeardown'

await globalSetup()
console.info(`Site prêt : ${process.env.BOUSSOLE_E2E_BASE_URL} (Ctrl+C pour arrêter)`)
let stopping = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (stopping) return
    stopping = true
    await globalTeardown()
    process.exit(0)
  })
}
setInterval(() => {}, 1 << 30)
