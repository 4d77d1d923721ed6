import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "leads_contact_contact_email_idx" ON "leads" USING btree ("contact_email");
  CREATE INDEX "leads_contact_contact_phone_idx" ON "leads" USING btree ("contact_phone");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "leads_contact_contact_email_idx";
  DROP INDEX "leads_contact_contact_phone_idx";`)
}
