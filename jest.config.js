/**
 * Jest runs in native ESM mode (NODE_OPTIONS=--experimental-vm-modules, set by `npm test`):
 * Payload's packages are ESM-only. TypeScript is compiled by SWC.
 */
const swcTransform = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'es6' },
  },
]

const shared = {
  rootDir: '.',
  testEnvironment: 'node',
  testTimeout: 120_000,
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.(t|j)sx?$': swcTransform },
  transformIgnorePatterns: ['/node_modules/'],
  moduleNameMapper: {
    '^@/(.*)\\.js$': '<rootDir>/src/$1',
    '^@/(.*)$': '<rootDir>/src/$1',
    '^@payload-config$': '<rootDir>/payload.config.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
}

/** @type {import('jest').Config} */
export default {
  forceExit: true,
  testTimeout: 120_000,
  projects: [
    // Pure domain logic: no database, runs in milliseconds.
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    // Real PostgreSQL (embedded, or DATABASE_URL), real Payload, real SMTP server.
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/setup/globalSetup.ts',
      globalTeardown: '<rootDir>/tests/setup/globalTeardown.ts',
    },
    // The public site in a real browser (Debian's Chromium via playwright-core) against `next start`,
    // the demo data and a real SMTP server. Builds the site first when .next is out of date.
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/e2e/setup/globalSetup.ts',
      globalTeardown: '<rootDir>/tests/e2e/setup/globalTeardown.ts',
    },
  ],
}
