// ESLint (flat config): typescript-eslint's recommended rules, Prettier for the layout (eslint-config-prettier
// turns off what it decides), and the direction of imports between the layers (docs/architecture.md):
//
//   domain  ←  infrastructure (database, config, email, security, i18n, fields, geo)
//           ←  access, collections  and  the Boussole plugin (which never sees the application)
//           ←  app, admin, components, seed (which reach the plugin through index.ts and server.ts only)
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import { importX } from 'eslint-plugin-import-x'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const PLUGIN = './src/plugins/boussole'

/** Every folder of src/ that is not the plugin: the application around it. */
const APPLICATION = [
  'app',
  'admin',
  'components',
  'collections',
  'access',
  'auth',
  'seed',
  'fields',
  'database',
  'config',
  'email',
  'sms',
  'security',
  'i18n',
  'geo',
  'instrumentation',
  'server',
  'health',
  'types',
  'domain',
]
  .map((folder) => `./src/${folder}`)
  .concat(['./src/proxy.ts', './src/instrumentation.ts', './payload.config.ts'])

const INFRASTRUCTURE = ['database', 'config', 'email', 'sms', 'security', 'i18n', 'fields', 'geo', 'instrumentation', 'server', 'health'].map(
  (folder) => `./src/${folder}`,
)

/** What the pure domain layer may not use: frameworks, the database, the runtime's I/O. */
const NOT_IN_DOMAIN = [
  'payload',
  'payload/*',
  '@payloadcms/*',
  'next',
  'next/*',
  'react',
  'react/*',
  'react-dom',
  'react-dom/*',
  'pg',
  'drizzle-orm',
  'drizzle-orm/*',
  'nodemailer',
  'node:fs',
  'node:fs/*',
  'node:http',
  'node:net',
  'node:child_process',
]

const zones = [
  {
    target: './src/domain',
    from: './src',
    except: ['./domain', './payload-types.ts'],
    message: 'The domain layer is pure: it imports only src/domain (and the generated types).',
  },
  {
    target: PLUGIN,
    from: ['./src/app', './src/admin', './src/components', './src/collections', './src/access', './src/auth', './src/seed'],
    message: 'The plugin depends on the domain, the infrastructure and the generated types only; the application configures it through its options.',
  },
  {
    target: APPLICATION,
    from: PLUGIN,
    except: ['./index.ts', './server.ts'],
    message: 'Outside the plugin, import it through src/plugins/boussole (the config) or src/plugins/boussole/server (what pages and hooks call).',
  },
  {
    target: INFRASTRUCTURE,
    from: ['./src/app', './src/admin', './src/components', './src/collections', './src/access', './src/auth', './src/seed', PLUGIN],
    message: 'Infrastructure modules serve every layer and import none of the features.',
  },
  {
    target: ['./src/collections', './src/access', './src/auth'],
    from: ['./src/app', './src/admin', './src/components', './src/seed'],
    message: 'Collections and access rules do not import pages or back-office views (reference admin components by their path string).',
  },
  {
    target: ['./src/admin', './src/components'],
    from: ['./src/app', './src/seed'],
    message: 'The back office and the components do not import pages.',
  },
]

export default tseslint.config(
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      '.data/**',
      'tests/artifacts/**',
      'next-env.d.ts',
      'src/payload-types.ts',
      'src/app/(payload)/**',
      'migrations/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-duplicates': 'error',
      // A default assigned before a try/catch that may overwrite it is the clearer form here.
      'no-useless-assignment': 'off',
      'import-x/first': 'error',
      // Imports in one order everywhere: node and packages, then the project's (@/…), then the folder's own.
      'import-x/order': [
        'error',
        {
          groups: [['builtin', 'external'], 'internal', ['parent', 'sibling', 'index']],
          pathGroups: [
            { pattern: '@/**', group: 'internal' },
            { pattern: '@payload-config', group: 'internal' },
          ],
          pathGroupsExcludedImportTypes: ['builtin'],
          distinctGroup: false,
          'newlines-between': 'always',
          alphabetize: { order: 'asc', caseInsensitive: true },
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
    },
  },
  {
    files: ['src/domain/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: NOT_IN_DOMAIN, message: 'The domain layer has no framework, database or I/O.' }] }] },
  },
  {
    // Inside the plugin, its own modules are imported by relative path (the `@/plugins/boussole/…` form is the outside's).
    files: ['src/plugins/boussole/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@/plugins/boussole', '@/plugins/boussole/*'], message: "Import the plugin's own modules by relative path." }] },
      ],
    },
  },
  {
    // Tests may reach any module they test, and build loose fixtures.
    files: ['tests/**', 'scripts/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  prettier,
)
