import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_leads_timeline_anonymized_reason" AS ENUM('retention', 'withdrawal');
  CREATE TABLE "leads_profile" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"question" varchar,
  	"answer" varchar
  );
  
  CREATE TABLE "searches" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"territory_id" integer,
  	"commune_id" integer NOT NULL,
  	"theme_id" integer NOT NULL,
  	"answers" jsonb,
  	"result_count" numeric NOT NULL,
  	"near_miss_count" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "leads" ADD COLUMN "idempotency_key" varchar;
  ALTER TABLE "leads" ADD COLUMN "request_fingerprint" varchar;
  ALTER TABLE "leads" ADD COLUMN "timeline_anonymized_reason" "enum_leads_timeline_anonymized_reason";
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "searches_id" integer;
  ALTER TABLE "leads_profile" ADD CONSTRAINT "leads_profile_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "searches" ADD CONSTRAINT "searches_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "searches" ADD CONSTRAINT "searches_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "searches" ADD CONSTRAINT "searches_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "leads_profile_order_idx" ON "leads_profile" USING btree ("_order");
  CREATE INDEX "leads_profile_parent_id_idx" ON "leads_profile" USING btree ("_parent_id");
  CREATE INDEX "searches_territory_idx" ON "searches" USING btree ("territory_id");
  CREATE INDEX "searches_commune_idx" ON "searches" USING btree ("commune_id");
  CREATE INDEX "searches_theme_idx" ON "searches" USING btree ("theme_id");
  CREATE INDEX "searches_result_count_idx" ON "searches" USING btree ("result_count");
  CREATE INDEX "searches_updated_at_idx" ON "searches" USING btree ("updated_at");
  CREATE INDEX "searches_created_at_idx" ON "searches" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_searches_fk" FOREIGN KEY ("searches_id") REFERENCES "public"."searches"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "leads_idempotency_key_idx" ON "leads" USING btree ("idempotency_key");
  CREATE INDEX "leads_request_fingerprint_idx" ON "leads" USING btree ("request_fingerprint");
  CREATE INDEX "payload_locked_documents_rels_searches_id_idx" ON "payload_locked_documents_rels" USING btree ("searches_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "leads_profile" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "searches" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "leads_profile" CASCADE;
  DROP TABLE "searches" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_searches_fk";
  
  DROP INDEX "leads_idempotency_key_idx";
  DROP INDEX "leads_request_fingerprint_idx";
  DROP INDEX "payload_locked_documents_rels_searches_id_idx";
  ALTER TABLE "leads" DROP COLUMN "idempotency_key";
  ALTER TABLE "leads" DROP COLUMN "request_fingerprint";
  ALTER TABLE "leads" DROP COLUMN "timeline_anonymized_reason";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "searches_id";
  DROP TYPE "public"."enum_leads_timeline_anonymized_reason";`)
}
