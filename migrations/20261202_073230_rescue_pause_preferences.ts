import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_offers_pause_log_action" AS ENUM('pause', 'resume');
  CREATE TYPE "public"."enum__offers_v_version_pause_log_action" AS ENUM('pause', 'resume');
  CREATE TYPE "public"."enum_leads_contact_preferences_channels" AS ENUM('sms', 'appel', 'mail');
  CREATE TYPE "public"."enum_leads_contact_preferences_moments" AS ENUM('matin', 'midi', 'apres_midi', 'soir');
  CREATE TYPE "public"."enum_leads_history_event" AS ENUM('status', 'reassigned', 'forwarded', 'assigned');
  CREATE TYPE "public"."enum_lead_moves_kind" AS ENUM('reassigned', 'forwarded');
  CREATE TABLE "offers_pause_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"action" "enum_offers_pause_log_action",
  	"until" timestamp(3) with time zone
  );
  
  CREATE TABLE "_offers_v_version_pause_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"action" "enum__offers_v_version_pause_log_action",
  	"until" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "leads_contact_preferences_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_leads_contact_preferences_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "leads_contact_preferences_moments" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_leads_contact_preferences_moments",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "lead_moves" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"lead_id" integer NOT NULL,
  	"reference" varchar NOT NULL,
  	"kind" "enum_lead_moves_kind" NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"by_id" integer,
  	"territory_id" integer NOT NULL,
  	"from_offer_id" integer NOT NULL,
  	"from_partner_id" integer NOT NULL,
  	"to_offer_id" integer NOT NULL,
  	"to_partner_id" integer NOT NULL,
  	"reason" varchar,
  	"was_overdue" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "users" ADD COLUMN "absence_from" timestamp(3) with time zone;
  ALTER TABLE "users" ADD COLUMN "absence_until" timestamp(3) with time zone;
  ALTER TABLE "offers" ADD COLUMN "paused_until" timestamp(3) with time zone;
  ALTER TABLE "_offers_v" ADD COLUMN "version_paused_until" timestamp(3) with time zone;
  ALTER TABLE "leads_history" ADD COLUMN "event" "enum_leads_history_event";
  ALTER TABLE "leads" ADD COLUMN "assignee_id" integer;
  ALTER TABLE "leads" ADD COLUMN "timeline_moved_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "lead_moves_id" integer;
  ALTER TABLE "offers_pause_log" ADD CONSTRAINT "offers_pause_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offers_pause_log" ADD CONSTRAINT "offers_pause_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_offers_v_version_pause_log" ADD CONSTRAINT "_offers_v_version_pause_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_offers_v_version_pause_log" ADD CONSTRAINT "_offers_v_version_pause_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_offers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "leads_contact_preferences_channels" ADD CONSTRAINT "leads_contact_preferences_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "leads_contact_preferences_moments" ADD CONSTRAINT "leads_contact_preferences_moments_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "lead_moves" ADD CONSTRAINT "lead_moves_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "lead_moves" ADD CONSTRAINT "lead_moves_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "lead_moves" ADD CONSTRAINT "lead_moves_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "lead_moves" ADD CONSTRAINT "lead_moves_from_offer_id_offers_id_fk" FOREIGN KEY ("from_offer_id") REFERENCES "public"."offers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "lead_moves" ADD CONSTRAINT "lead_moves_from_partner_id_partners_id_fk" FOREIGN KEY ("from_partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "lead_moves" ADD CONSTRAINT "lead_moves_to_offer_id_offers_id_fk" FOREIGN KEY ("to_offer_id") REFERENCES "public"."offers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "lead_moves" ADD CONSTRAINT "lead_moves_to_partner_id_partners_id_fk" FOREIGN KEY ("to_partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "offers_pause_log_order_idx" ON "offers_pause_log" USING btree ("_order");
  CREATE INDEX "offers_pause_log_parent_id_idx" ON "offers_pause_log" USING btree ("_parent_id");
  CREATE INDEX "offers_pause_log_by_idx" ON "offers_pause_log" USING btree ("by_id");
  CREATE INDEX "_offers_v_version_pause_log_order_idx" ON "_offers_v_version_pause_log" USING btree ("_order");
  CREATE INDEX "_offers_v_version_pause_log_parent_id_idx" ON "_offers_v_version_pause_log" USING btree ("_parent_id");
  CREATE INDEX "_offers_v_version_pause_log_by_idx" ON "_offers_v_version_pause_log" USING btree ("by_id");
  CREATE INDEX "leads_contact_preferences_channels_order_idx" ON "leads_contact_preferences_channels" USING btree ("order");
  CREATE INDEX "leads_contact_preferences_channels_parent_idx" ON "leads_contact_preferences_channels" USING btree ("parent_id");
  CREATE INDEX "leads_contact_preferences_moments_order_idx" ON "leads_contact_preferences_moments" USING btree ("order");
  CREATE INDEX "leads_contact_preferences_moments_parent_idx" ON "leads_contact_preferences_moments" USING btree ("parent_id");
  CREATE INDEX "lead_moves_lead_idx" ON "lead_moves" USING btree ("lead_id");
  CREATE INDEX "lead_moves_at_idx" ON "lead_moves" USING btree ("at");
  CREATE INDEX "lead_moves_by_idx" ON "lead_moves" USING btree ("by_id");
  CREATE INDEX "lead_moves_territory_idx" ON "lead_moves" USING btree ("territory_id");
  CREATE INDEX "lead_moves_from_offer_idx" ON "lead_moves" USING btree ("from_offer_id");
  CREATE INDEX "lead_moves_from_partner_idx" ON "lead_moves" USING btree ("from_partner_id");
  CREATE INDEX "lead_moves_to_offer_idx" ON "lead_moves" USING btree ("to_offer_id");
  CREATE INDEX "lead_moves_to_partner_idx" ON "lead_moves" USING btree ("to_partner_id");
  CREATE INDEX "lead_moves_updated_at_idx" ON "lead_moves" USING btree ("updated_at");
  CREATE INDEX "lead_moves_created_at_idx" ON "lead_moves" USING btree ("created_at");
  ALTER TABLE "leads" ADD CONSTRAINT "leads_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_lead_moves_fk" FOREIGN KEY ("lead_moves_id") REFERENCES "public"."lead_moves"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "leads_assignee_idx" ON "leads" USING btree ("assignee_id");
  CREATE INDEX "payload_locked_documents_rels_lead_moves_id_idx" ON "payload_locked_documents_rels" USING btree ("lead_moves_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "offers_pause_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_offers_v_version_pause_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "leads_contact_preferences_channels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "leads_contact_preferences_moments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "lead_moves" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "offers_pause_log" CASCADE;
  DROP TABLE "_offers_v_version_pause_log" CASCADE;
  DROP TABLE "leads_contact_preferences_channels" CASCADE;
  DROP TABLE "leads_contact_preferences_moments" CASCADE;
  DROP TABLE "lead_moves" CASCADE;
  ALTER TABLE "leads" DROP CONSTRAINT "leads_assignee_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_lead_moves_fk";
  
  DROP INDEX "leads_assignee_idx";
  DROP INDEX "payload_locked_documents_rels_lead_moves_id_idx";
  ALTER TABLE "users" DROP COLUMN "absence_from";
  ALTER TABLE "users" DROP COLUMN "absence_until";
  ALTER TABLE "offers" DROP COLUMN "paused_until";
  ALTER TABLE "_offers_v" DROP COLUMN "version_paused_until";
  ALTER TABLE "leads_history" DROP COLUMN "event";
  ALTER TABLE "leads" DROP COLUMN "assignee_id";
  ALTER TABLE "leads" DROP COLUMN "timeline_moved_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "lead_moves_id";
  DROP TYPE "public"."enum_offers_pause_log_action";
  DROP TYPE "public"."enum__offers_v_version_pause_log_action";
  DROP TYPE "public"."enum_leads_contact_preferences_channels";
  DROP TYPE "public"."enum_leads_contact_preferences_moments";
  DROP TYPE "public"."enum_leads_history_event";
  DROP TYPE "public"."enum_lead_moves_kind";`)
}
