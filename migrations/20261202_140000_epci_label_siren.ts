import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * An EPCI's label is « name (SIREN) » (`epciLabel` in src/geo/decoupage.ts), so that the admin's EPCI picker finds an
 * EPCI by its SIREN: the rows imported before take the new label (a later `npm run geo:import` writes the same). Data only.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`UPDATE "epcis" SET "label" = "name" || ' (' || "code" || ')' WHERE "label" = "name"`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`UPDATE "epcis" SET "label" = "name" WHERE "label" = "name" || ' (' || "code" || ')'`)
}
