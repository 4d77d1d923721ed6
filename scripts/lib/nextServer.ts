import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'

/**
 * Production builds and servers for the browser tests and the benchmarks: build `.next` only when its
 * inputs changed (one build at a time), start the production server (server.ts), wait until it answers, stop it.
 */
const ROOT = process.cwd()
export const NEXT_BIN = path.join(ROOT, 'node_modules/next/dist/bin/next')
/** `npm start`'s command after `node`: the production server (server.ts, see its header). */
export const PRODUCTION_SERVER_ARGS = ['--import', 'tsx', path.join(ROOT, 'server.ts')]
const BUILD_INPUTS = ['src', 'public', 'payload.config.ts', 'next.config.ts', 'package-lock.json', 'tsconfig.json']
const BUILD_LOCK = path.join(ROOT, '.data/next-build.lock')

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

export function processAlive(pid: number): boolean {
  try {
    return pid > 0 && process.kill(pid, 0)
  } catch {
    return false
  }
}

/** Newest modification time under the given paths (files only). */
function newestMtime(paths: string[]): number {
  let newest = 0
  const visit = (full: string) => {
    if (!existsSync(full)) return
    const stat = statSync(full)
    if (stat.isDirectory()) {
      for (const child of readdirSync(full)) if (child !== 'node_modules' && !child.startsWith('.')) visit(path.join(full, child))
    } else newest = Math.max(newest, stat.mtimeMs)
  }
  for (const entry of paths) visit(path.join(ROOT, entry))
  return newest
}

/**
 * Builds the site unless `.next` is newer than every input of the build. `BOUSSOLE_BUILD=always|never`
 * overrides the check. Runs from tests and benchmarks never build into the same `.next` at once: the second
 * waits for the first, then reuses its build. The build's output goes to `logFile`.
 */
export async function buildIfNeeded(logFile: string, log: (line: string) => void): Promise<void> {
  const release = await buildLock(log)
  try {
    // Someone else's `next build` (by hand) holds Next's own lock: wait for it, then reuse its build if fresh.
    for (let attempt = 0; !build(logFile, log); attempt += 1) {
      if (attempt === 0) log('Un autre « next build » est en cours, attente…')
      if (attempt > 300) throw new Error('Un autre « next build » ne se termine pas (10 min).')
      await new Promise((resolve) => setTimeout(resolve, 2000))
    }
  } finally {
    release()
  }
}

async function buildLock(log: (line: string) => void): Promise<() => void> {
  mkdirSync(path.dirname(BUILD_LOCK), { recursive: true })
  for (let waited = 0; ; waited += 1) {
    try {
      mkdirSync(BUILD_LOCK)
      writeFileSync(path.join(BUILD_LOCK, 'pid'), String(process.pid))
      return () => rmSync(BUILD_LOCK, { recursive: true, force: true })
    } catch {
      let owner = 0
      try {
        owner = Number(readFileSync(path.join(BUILD_LOCK, 'pid'), 'utf8'))
      } catch {
        // being created: wait
      }
      if (owner && !processAlive(owner)) rmSync(BUILD_LOCK, { recursive: true, force: true })
      else {
        if (waited === 0) log('Un autre lancement construit le site, attente…')
        await new Promise((resolve) => setTimeout(resolve, 2000))
      }
    }
  }
}

/** Builds when needed; false when another `next build` is running (try again later). */
function build(logFile: string, log: (line: string) => void): boolean {
  const buildId = path.join(ROOT, '.next/BUILD_ID')
  const policy = process.env.BOUSSOLE_BUILD
  const upToDate = existsSync(buildId) && statSync(buildId).mtimeMs > newestMtime(BUILD_INPUTS)
  if (policy === 'never' || (policy !== 'always' && upToDate)) {
    log('Build Next.js à jour, réutilisé.')
    return true
  }
  log('next build…')
  const started = Date.now()
  const result = spawnSync(process.execPath, [NEXT_BIN, 'build'], {
    cwd: ROOT,
    env: { ...process.env, NODE_OPTIONS: '', NEXT_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  mkdirSync(path.dirname(logFile), { recursive: true })
  writeFileSync(logFile, `${result.stdout}\n${result.stderr}`)
  if (result.status !== 0 && /Another next build process is already running/.test(`${result.stdout}${result.stderr}`)) return false
  if (result.status !== 0) throw new Error(`next build a échoué (voir ${path.relative(ROOT, logFile)}):\n${result.stderr.slice(-4000)}`)
  log(`Build terminé en ${((Date.now() - started) / 1000).toFixed(0)} s`)
  return true
}

/** Waits until `url` answers (any status below 500); fails early if `child` exits. */
export async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Le serveur s’est arrêté (code ${child.exitCode}).`)
    try {
      const response = await fetch(url, { redirect: 'manual' })
      if (response.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  throw new Error(`Le serveur ne répond pas sur ${url} après ${timeoutMs / 1000} s`)
}

export function stopChild(child: ChildProcess | null): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
    child.kill('SIGTERM')
  })
}

/** Starts the production server (`npm start`: server.ts) on a free port and waits until `readyPath` answers. */
export async function startNextServer(options: {
  env: Record<string, string>
  readyPath: string
  onOutput?: (chunk: Buffer) => void
  /** Extra Node.js flags for the server process (e.g. `--cpu-prof`). */
  nodeArgs?: string[]
  /** A port chosen beforehand (`freePort()`), when the environment must name the server's address. */
  port?: number
}): Promise<{ baseUrl: string; child: ChildProcess; stop: () => Promise<void> }> {
  const port = options.port ?? (await freePort())
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), ...PRODUCTION_SERVER_ARGS, `--port=${port}`, '--hostname=127.0.0.1'], {
    cwd: ROOT,
    env: { ...process.env, NODE_OPTIONS: '', NEXT_TELEMETRY_DISABLED: '1', ...options.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk: Buffer) => options.onOutput?.(chunk))
  child.stderr?.on('data', (chunk: Buffer) => options.onOutput?.(chunk))
  const baseUrl = `http://127.0.0.1:${port}`
  await waitForHttp(`${baseUrl}${options.readyPath}`, child, 120_000)
  return { baseUrl, child, stop: () => stopChild(child) }
}
