import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "leads" ALTER COLUMN "age_band" SET DATA TYPE text;
  UPDATE "leads" SET "age_band" = 'age_' || replace("age_band", '-', '_') WHERE "age_band" IS NOT NULL;
  DROP TYPE "public"."enum_leads_age_band";
  CREATE TYPE "public"."enum_leads_age_band" AS ENUM('age_15_17', 'age_18_25', 'age_26_30');
  ALTER TABLE "leads" ALTER COLUMN "age_band" SET DATA TYPE "public"."enum_leads_age_band" USING "age_band"::"public"."enum_leads_age_band";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "leads" ALTER COLUMN "age_band" SET DATA TYPE text;
  UPDATE "leads" SET "age_band" = replace(substr("age_band", 5), '_', '-') WHERE "age_band" IS NOT NULL;
  DROP TYPE "public"."enum_leads_age_band";
  CREATE TYPE "public"."enum_leads_age_band" AS ENUM('15-17', '18-25', '26-30');
  ALTER TABLE "leads" ALTER COLUMN "age_band" SET DATA TYPE "public"."enum_leads_age_band" USING "age_band"::"public"."enum_leads_age_band";`)
}
