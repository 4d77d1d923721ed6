import { describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { DEVELOPMENT_SECRET_FILE, payloadSecret } from '../../src/config/payloadSecret'

const freshDataDir = () => path.join(mkdtempSync(path.join(tmpdir(), 'boussole-secret-')), '.data')

describe('payloadSecret', () => {
  it('uses PAYLOAD_SECRET when it is set, in every environment', () => {
    for (const NODE_ENV of ['development', 'test', 'production']) {
      const dataDir = freshDataDir()
      expect(payloadSecret({ env: { NODE_ENV, PAYLOAD_SECRET: 'une-longue-chaine-aleatoire' }, dataDir })).toBe('une-longue-chaine-aleatoire')
      expect(existsSync(path.join(dataDir, DEVELOPMENT_SECRET_FILE))).toBe(false)
    }
  })

  it('refuses to start in production without PAYLOAD_SECRET (blank counts as missing)', () => {
    for (const PAYLOAD_SECRET of [undefined, '', '   ']) {
      expect(() => payloadSecret({ env: { NODE_ENV: 'production', PAYLOAD_SECRET }, dataDir: freshDataDir() })).toThrow(/PAYLOAD_SECRET doit être défini/)
    }
  })

  it('lets `next build` run without PAYLOAD_SECRET, with an ephemeral value written nowhere', () => {
    const dataDir = freshDataDir()
    const env = { NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' }
    const first = payloadSecret({ env, dataDir })
    expect(first.length).toBeGreaterThanOrEqual(32)
    expect(payloadSecret({ env, dataDir })).not.toBe(first)
    expect(existsSync(path.join(dataDir, DEVELOPMENT_SECRET_FILE))).toBe(false)
  })

  it('generates a per-installation development secret on first start, kept in the data folder and reused', () => {
    const dataDir = freshDataDir()
    const first = payloadSecret({ env: { NODE_ENV: 'development' }, dataDir })
    const file = path.join(dataDir, DEVELOPMENT_SECRET_FILE)
    expect(readFileSync(file, 'utf8').trim()).toBe(first)
    expect(statSync(file).mode & 0o077).toBe(0)
    expect(first).toMatch(/^[A-Za-z0-9_-]{64}$/)
    expect(payloadSecret({ env: { NODE_ENV: 'development' }, dataDir })).toBe(first)
    expect(payloadSecret({ env: {}, dataDir })).toBe(first)
  })

  it('two installations never share a development secret (no constant in the code)', () => {
    const secrets = new Set([1, 2, 3].map(() => payloadSecret({ env: { NODE_ENV: 'development' }, dataDir: freshDataDir() })))
    expect(secrets.size).toBe(3)
    expect([...secrets].some((secret) => /boussole|development|not-for-production/i.test(secret))).toBe(false)
  })

  it('reuses a secret another process wrote first', () => {
    const dataDir = freshDataDir()
    payloadSecret({ env: {}, dataDir })
    writeFileSync(path.join(dataDir, DEVELOPMENT_SECRET_FILE), 'secret-ecrit-par-un-autre-processus\n')
    expect(payloadSecret({ env: {}, dataDir })).toBe('secret-ecrit-par-un-autre-processus')
  })
})
