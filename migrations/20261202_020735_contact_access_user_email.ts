import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "contact_accesses" ALTER COLUMN "user_id" DROP NOT NULL;
  ALTER TABLE "contact_accesses" ADD COLUMN "user_email" varchar NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "contact_accesses" ALTER COLUMN "user_id" SET NOT NULL;
  ALTER TABLE "contact_accesses" DROP COLUMN "user_email";`)
}
