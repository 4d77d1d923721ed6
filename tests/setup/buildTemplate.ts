/**
 * Fills a new test template database in a child process (plain Node + tsx, where the project's path
 * aliases resolve): migrations, geography, demo data. The parent (globalSetup) creates the database under a
 * temporary name and renames it once this process has exited, so no connection is left and an interrupted
 * build never leaves a half-made template.
 */
import { getPayload } from 'payload'

import { importGeography } from '../../src/geo/importGeography'
import { seedDemoData } from '../../src/seed'

process.env.DATABASE_URL = process.env.BOUSSOLE_TEMPLATE_DATABASE_URL
const { default: config } = await import('../../payload.config')
const payload = await getPayload({ config })
await payload.db.migrate()
const geography = await importGeography(payload)
const seed = await seedDemoData(payload)
console.info(`Template: ${geography.communes} communes in ${geography.ms} ms; demo data in ${seed.ms} ms`)
process.exit(0)
