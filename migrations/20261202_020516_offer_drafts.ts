import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_offers_publication" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__offers_v_version_publication" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_leads_age_band" AS ENUM('15-17', '18-25', '26-30');
  CREATE TYPE "public"."enum_contact_accesses_action" AS ENUM('read', 'list', 'update', 'export');
  CREATE TABLE "contact_accesses" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"user_id" integer NOT NULL,
  	"action" "enum_contact_accesses_action" NOT NULL,
  	"territory_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "contact_accesses_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"leads_id" integer
  );
  
  ALTER TABLE "offers_notification_emails" ALTER COLUMN "email" DROP NOT NULL;
  ALTER TABLE "offers_rules" ALTER COLUMN "criterion" DROP NOT NULL;
  ALTER TABLE "offers" ALTER COLUMN "title" DROP NOT NULL;
  ALTER TABLE "offers" ALTER COLUMN "summary" DROP NOT NULL;
  ALTER TABLE "offers" ALTER COLUMN "partner_id" DROP NOT NULL;
  ALTER TABLE "offers" ALTER COLUMN "territory_id" DROP NOT NULL;
  ALTER TABLE "offers" ALTER COLUMN "theme_id" DROP NOT NULL;
  ALTER TABLE "offers" ALTER COLUMN "status" DROP NOT NULL;
  ALTER TABLE "offers" ALTER COLUMN "contact_delay_days" DROP NOT NULL;
  ALTER TABLE "_offers_v_version_notification_emails" ALTER COLUMN "email" DROP NOT NULL;
  ALTER TABLE "_offers_v_version_rules" ALTER COLUMN "criterion" DROP NOT NULL;
  ALTER TABLE "_offers_v" ALTER COLUMN "version_title" DROP NOT NULL;
  ALTER TABLE "_offers_v" ALTER COLUMN "version_summary" DROP NOT NULL;
  ALTER TABLE "_offers_v" ALTER COLUMN "version_partner_id" DROP NOT NULL;
  ALTER TABLE "_offers_v" ALTER COLUMN "version_territory_id" DROP NOT NULL;
  ALTER TABLE "_offers_v" ALTER COLUMN "version_theme_id" DROP NOT NULL;
  ALTER TABLE "_offers_v" ALTER COLUMN "version_status" DROP NOT NULL;
  ALTER TABLE "_offers_v" ALTER COLUMN "version_contact_delay_days" DROP NOT NULL;
  ALTER TABLE "users" ADD COLUMN "pending_email" varchar;
  ALTER TABLE "offers" ADD COLUMN "_status" "enum_offers_publication" DEFAULT 'draft';
  ALTER TABLE "_offers_v" ADD COLUMN "version__status" "enum__offers_v_version_publication" DEFAULT 'draft';
  ALTER TABLE "_offers_v" ADD COLUMN "latest" boolean;
  ALTER TABLE "leads" ADD COLUMN "age_band" "enum_leads_age_band";
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "contact_accesses_id" integer;
  ALTER TABLE "contact_accesses" ADD CONSTRAINT "contact_accesses_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contact_accesses" ADD CONSTRAINT "contact_accesses_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contact_accesses_rels" ADD CONSTRAINT "contact_accesses_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."contact_accesses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contact_accesses_rels" ADD CONSTRAINT "contact_accesses_rels_leads_fk" FOREIGN KEY ("leads_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "contact_accesses_at_idx" ON "contact_accesses" USING btree ("at");
  CREATE INDEX "contact_accesses_user_idx" ON "contact_accesses" USING btree ("user_id");
  CREATE INDEX "contact_accesses_territory_idx" ON "contact_accesses" USING btree ("territory_id");
  CREATE INDEX "contact_accesses_updated_at_idx" ON "contact_accesses" USING btree ("updated_at");
  CREATE INDEX "contact_accesses_created_at_idx" ON "contact_accesses" USING btree ("created_at");
  CREATE INDEX "contact_accesses_rels_order_idx" ON "contact_accesses_rels" USING btree ("order");
  CREATE INDEX "contact_accesses_rels_parent_idx" ON "contact_accesses_rels" USING btree ("parent_id");
  CREATE INDEX "contact_accesses_rels_path_idx" ON "contact_accesses_rels" USING btree ("path");
  CREATE INDEX "contact_accesses_rels_leads_id_idx" ON "contact_accesses_rels" USING btree ("leads_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contact_accesses_fk" FOREIGN KEY ("contact_accesses_id") REFERENCES "public"."contact_accesses"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "offers__status_idx" ON "offers" USING btree ("_status");
  CREATE INDEX "_offers_v_version_version__status_idx" ON "_offers_v" USING btree ("version__status");
  CREATE INDEX "_offers_v_latest_idx" ON "_offers_v" USING btree ("latest");
  CREATE INDEX "payload_locked_documents_rels_contact_accesses_id_idx" ON "payload_locked_documents_rels" USING btree ("contact_accesses_id");`)
  // Offer drafts: every existing offer is live (no draft existed before), and so is each stored version;
  // the newest version of each offer is its latest (Payload reads drafts through it).
  await db.execute(sql`
  UPDATE "offers" SET "_status" = 'published';
  UPDATE "_offers_v" SET "version__status" = 'published';
  UPDATE "_offers_v" AS v SET "latest" = true
    WHERE v."id" = (SELECT w."id" FROM "_offers_v" AS w WHERE w."parent_id" = v."parent_id" ORDER BY w."updated_at" DESC, w."id" DESC LIMIT 1);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "contact_accesses" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contact_accesses_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "contact_accesses" CASCADE;
  DROP TABLE "contact_accesses_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_contact_accesses_fk";
  
  DROP INDEX "offers__status_idx";
  DROP INDEX "_offers_v_version_version__status_idx";
  DROP INDEX "_offers_v_latest_idx";
  DROP INDEX "payload_locked_documents_rels_contact_accesses_id_idx";
  ALTER TABLE "offers_notification_emails" ALTER COLUMN "email" SET NOT NULL;
  ALTER TABLE "offers_rules" ALTER COLUMN "criterion" SET NOT NULL;
  ALTER TABLE "offers" ALTER COLUMN "title" SET NOT NULL;
  ALTER TABLE "offers" ALTER COLUMN "summary" SET NOT NULL;
  ALTER TABLE "offers" ALTER COLUMN "partner_id" SET NOT NULL;
  ALTER TABLE "offers" ALTER COLUMN "territory_id" SET NOT NULL;
  ALTER TABLE "offers" ALTER COLUMN "theme_id" SET NOT NULL;
  ALTER TABLE "offers" ALTER COLUMN "status" SET NOT NULL;
  ALTER TABLE "offers" ALTER COLUMN "contact_delay_days" SET NOT NULL;
  ALTER TABLE "_offers_v_version_notification_emails" ALTER COLUMN "email" SET NOT NULL;
  ALTER TABLE "_offers_v_version_rules" ALTER COLUMN "criterion" SET NOT NULL;
  ALTER TABLE "_offers_v" ALTER COLUMN "version_title" SET NOT NULL;
  ALTER TABLE "_offers_v" ALTER COLUMN "version_summary" SET NOT NULL;
  ALTER TABLE "_offers_v" ALTER COLUMN "version_partner_id" SET NOT NULL;
  ALTER TABLE "_offers_v" ALTER COLUMN "version_territory_id" SET NOT NULL;
  ALTER TABLE "_offers_v" ALTER COLUMN "version_theme_id" SET NOT NULL;
  ALTER TABLE "_offers_v" ALTER COLUMN "version_status" SET NOT NULL;
  ALTER TABLE "_offers_v" ALTER COLUMN "version_contact_delay_days" SET NOT NULL;
  ALTER TABLE "users" DROP COLUMN "pending_email";
  ALTER TABLE "offers" DROP COLUMN "_status";
  ALTER TABLE "_offers_v" DROP COLUMN "version__status";
  ALTER TABLE "_offers_v" DROP COLUMN "latest";
  ALTER TABLE "leads" DROP COLUMN "age_band";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "contact_accesses_id";
  DROP TYPE "public"."enum_offers_publication";
  DROP TYPE "public"."enum__offers_v_version_publication";
  DROP TYPE "public"."enum_leads_age_band";
  DROP TYPE "public"."enum_contact_accesses_action";`)
}
