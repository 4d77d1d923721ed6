import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Names sort the French way (« Écrouves » among the E, not after « Zoufftgen »): the
 * columns that lists and pickers sort by take PostgreSQL's ICU French collation. Only the collation changes
 * (no index covers these columns; equality and LIKE behave as before: the collation is deterministic).
 * Requires a PostgreSQL built with ICU (the embedded one and the usual distributions are).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    ALTER TABLE "communes" ALTER COLUMN "name" SET DATA TYPE varchar COLLATE "fr-FR-x-icu", ALTER COLUMN "label" SET DATA TYPE varchar COLLATE "fr-FR-x-icu";
    ALTER TABLE "epcis" ALTER COLUMN "name" SET DATA TYPE varchar COLLATE "fr-FR-x-icu", ALTER COLUMN "label" SET DATA TYPE varchar COLLATE "fr-FR-x-icu";
    ALTER TABLE "departements" ALTER COLUMN "name" SET DATA TYPE varchar COLLATE "fr-FR-x-icu", ALTER COLUMN "label" SET DATA TYPE varchar COLLATE "fr-FR-x-icu", ALTER COLUMN "region_name" SET DATA TYPE varchar COLLATE "fr-FR-x-icu";
    ALTER TABLE "territories" ALTER COLUMN "name" SET DATA TYPE varchar COLLATE "fr-FR-x-icu";
    ALTER TABLE "themes" ALTER COLUMN "name" SET DATA TYPE varchar COLLATE "fr-FR-x-icu";
    ALTER TABLE "themes_sub_themes" ALTER COLUMN "name" SET DATA TYPE varchar COLLATE "fr-FR-x-icu";
    ALTER TABLE "partners" ALTER COLUMN "name" SET DATA TYPE varchar COLLATE "fr-FR-x-icu";
    ALTER TABLE "users" ALTER COLUMN "name" SET DATA TYPE varchar COLLATE "fr-FR-x-icu";
    ALTER TABLE "offers" ALTER COLUMN "title" SET DATA TYPE varchar COLLATE "fr-FR-x-icu";
    ALTER TABLE "_offers_v" ALTER COLUMN "version_title" SET DATA TYPE varchar COLLATE "fr-FR-x-icu";
    ALTER TABLE "charters" ALTER COLUMN "title" SET DATA TYPE varchar COLLATE "fr-FR-x-icu";
    ALTER TABLE "questionnaires" ALTER COLUMN "title" SET DATA TYPE varchar COLLATE "fr-FR-x-icu";
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
    ALTER TABLE "communes" ALTER COLUMN "name" SET DATA TYPE varchar COLLATE "default", ALTER COLUMN "label" SET DATA TYPE varchar COLLATE "default";
    ALTER TABLE "epcis" ALTER COLUMN "name" SET DATA TYPE varchar COLLATE "default", ALTER COLUMN "label" SET DATA TYPE varchar COLLATE "default";
    ALTER TABLE "departements" ALTER COLUMN "name" SET DATA TYPE varchar COLLATE "default", ALTER COLUMN "label" SET DATA TYPE varchar COLLATE "default", ALTER COLUMN "region_name" SET DATA TYPE varchar COLLATE "default";
    ALTER TABLE "territories" ALTER COLUMN "name" SET DATA TYPE varchar COLLATE "default";
    ALTER TABLE "themes" ALTER COLUMN "name" SET DATA TYPE varchar COLLATE "default";
    ALTER TABLE "themes_sub_themes" ALTER COLUMN "name" SET DATA TYPE varchar COLLATE "default";
    ALTER TABLE "partners" ALTER COLUMN "name" SET DATA TYPE varchar COLLATE "default";
    ALTER TABLE "users" ALTER COLUMN "name" SET DATA TYPE varchar COLLATE "default";
    ALTER TABLE "offers" ALTER COLUMN "title" SET DATA TYPE varchar COLLATE "default";
    ALTER TABLE "_offers_v" ALTER COLUMN "version_title" SET DATA TYPE varchar COLLATE "default";
    ALTER TABLE "charters" ALTER COLUMN "title" SET DATA TYPE varchar COLLATE "default";
    ALTER TABLE "questionnaires" ALTER COLUMN "title" SET DATA TYPE varchar COLLATE "default";
  `)
}
