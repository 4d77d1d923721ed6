import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Issue #13, organisations across territories (generated, with hand-written data moves):
 * - a charter covers several territories: `charters.territory_id` becomes the hasMany `territories`
 *   (`charters_rels`); each existing charter's territory is moved into it before the column is dropped, and
 *   `down` puts the first one back (a charter of several territories keeps its first);
 * - `offer_territories`: an offer proposed in another territory, decided by that territory's animation; a row
 *   belongs to its offer and to its territory (deleting either deletes it: `cascade` instead of the generated
 *   `set null`, which its NOT NULL columns would refuse).
 * Also generated here, another helper's change (territory opening): `territories.opens_at` and the
 * `boussoleTerritoryOpening` job slug.
 */

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_offer_territories_status" AS ENUM('en_attente', 'validee', 'refusee');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'boussoleTerritoryOpening';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'boussoleTerritoryOpening';
  CREATE TABLE "charters_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"territories_id" integer
  );
  
  CREATE TABLE "offer_territories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"offer_id" integer NOT NULL,
  	"territory_id" integer NOT NULL,
  	"status" "enum_offer_territories_status" DEFAULT 'en_attente' NOT NULL,
  	"comment" varchar,
  	"partner_id" integer,
  	"home_territory_id" integer,
  	"decided_by_id" integer,
  	"decided_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "charters" DROP CONSTRAINT "charters_territory_id_territories_id_fk";
  
  DROP INDEX "charters_territory_idx";
  ALTER TABLE "territories" ADD COLUMN "opens_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "offer_territories_id" integer;
  ALTER TABLE "charters_rels" ADD CONSTRAINT "charters_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."charters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "charters_rels" ADD CONSTRAINT "charters_rels_territories_fk" FOREIGN KEY ("territories_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "offer_territories" ADD CONSTRAINT "offer_territories_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "offer_territories" ADD CONSTRAINT "offer_territories_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "offer_territories" ADD CONSTRAINT "offer_territories_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offer_territories" ADD CONSTRAINT "offer_territories_home_territory_id_territories_id_fk" FOREIGN KEY ("home_territory_id") REFERENCES "public"."territories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offer_territories" ADD CONSTRAINT "offer_territories_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "charters_rels_order_idx" ON "charters_rels" USING btree ("order");
  CREATE INDEX "charters_rels_parent_idx" ON "charters_rels" USING btree ("parent_id");
  CREATE INDEX "charters_rels_path_idx" ON "charters_rels" USING btree ("path");
  CREATE INDEX "charters_rels_territories_id_idx" ON "charters_rels" USING btree ("territories_id");
  CREATE INDEX "offer_territories_offer_idx" ON "offer_territories" USING btree ("offer_id");
  CREATE INDEX "offer_territories_territory_idx" ON "offer_territories" USING btree ("territory_id");
  CREATE INDEX "offer_territories_status_idx" ON "offer_territories" USING btree ("status");
  CREATE INDEX "offer_territories_partner_idx" ON "offer_territories" USING btree ("partner_id");
  CREATE INDEX "offer_territories_home_territory_idx" ON "offer_territories" USING btree ("home_territory_id");
  CREATE INDEX "offer_territories_decided_by_idx" ON "offer_territories" USING btree ("decided_by_id");
  CREATE INDEX "offer_territories_updated_at_idx" ON "offer_territories" USING btree ("updated_at");
  CREATE INDEX "offer_territories_created_at_idx" ON "offer_territories" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_offer_territories_fk" FOREIGN KEY ("offer_territories_id") REFERENCES "public"."offer_territories"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_offer_territories_id_idx" ON "payload_locked_documents_rels" USING btree ("offer_territories_id");
  INSERT INTO "charters_rels" ("order", "parent_id", "path", "territories_id")
    SELECT 1, "id", 'territories', "territory_id" FROM "charters" WHERE "territory_id" IS NOT NULL;
  ALTER TABLE "charters" DROP COLUMN "territory_id";`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "charters" ADD COLUMN "territory_id" integer;
  UPDATE "charters" c SET "territory_id" = first."territories_id"
    FROM (
      SELECT DISTINCT ON ("parent_id") "parent_id", "territories_id" FROM "charters_rels"
      WHERE "path" = 'territories' AND "territories_id" IS NOT NULL
      ORDER BY "parent_id", "order", "id"
    ) first
    WHERE first."parent_id" = c."id";
  ALTER TABLE "charters" ALTER COLUMN "territory_id" SET NOT NULL;
  ALTER TABLE "charters_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "offer_territories" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "charters_rels" CASCADE;
  DROP TABLE "offer_territories" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_offer_territories_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'boussoleSendEmail', 'boussoleSendSms', 'boussoleSlaSweep', 'boussoleWeeklyDigest', 'boussoleOfferFreshness', 'boussoleRetentionSweep');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'boussoleSendEmail', 'boussoleSendSms', 'boussoleSlaSweep', 'boussoleWeeklyDigest', 'boussoleOfferFreshness', 'boussoleRetentionSweep');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX IF EXISTS "payload_locked_documents_rels_offer_territories_id_idx";
  ALTER TABLE "charters" ADD CONSTRAINT "charters_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "charters_territory_idx" ON "charters" USING btree ("territory_id");
  ALTER TABLE "territories" DROP COLUMN "opens_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "offer_territories_id";
  DROP TYPE "public"."enum_offer_territories_status";`)
}
