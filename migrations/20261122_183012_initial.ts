import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'animator', 'partner');
  CREATE TYPE "public"."enum_territories_themes_status" AS ENUM('ouvert', 'bientot');
  CREATE TYPE "public"."enum_territories_status" AS ENUM('preparation', 'ouvert', 'ferme');
  CREATE TYPE "public"."enum_themes_icon" AS ENUM('briefcase', 'book', 'home', 'heart', 'globe', 'compass');
  CREATE TYPE "public"."enum_themes_status" AS ENUM('disponible', 'bientot');
  CREATE TYPE "public"."enum_questionnaires_questions_type" AS ENUM('single', 'multiple', 'number', 'boolean');
  CREATE TYPE "public"."enum_partners_type" AS ENUM('mission-locale', 'info-jeunes', 'france-travail', 'ccas', 'fjt', 'association', 'collectivite', 'sante', 'formation', 'autre');
  CREATE TYPE "public"."enum_partners_competence_scope" AS ENUM('territory', 'communes');
  CREATE TYPE "public"."enum_charters_status" AS ENUM('en_attente', 'signee', 'resiliee');
  CREATE TYPE "public"."enum_offers_status" AS ENUM('brouillon', 'soumise', 'publiee', 'archivee');
  CREATE TYPE "public"."enum_offers_coverage_mode" AS ENUM('territory', 'communes');
  CREATE TYPE "public"."enum__offers_v_version_status" AS ENUM('brouillon', 'soumise', 'publiee', 'archivee');
  CREATE TYPE "public"."enum__offers_v_version_coverage_mode" AS ENUM('territory', 'communes');
  CREATE TYPE "public"."enum_leads_status" AS ENUM('nouvelle', 'en_cours', 'cloturee');
  CREATE TYPE "public"."enum_leads_outcome" AS ENUM('solution_trouvee', 'rdv_fixe', 'orientee_ailleurs', 'injoignable', 'pas_interessee', 'non_eligible', 'autre');
  CREATE TYPE "public"."enum_leads_timeline_contacted_according_to_young_person" AS ENUM('oui', 'non');
  CREATE TYPE "public"."enum_communes_kind" AS ENUM('commune', 'arrondissement');
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"role" "enum_users_role" DEFAULT 'partner' NOT NULL,
  	"partner_id" integer,
  	"job_title" varchar,
  	"phone" varchar,
  	"active" boolean DEFAULT true,
  	"notifications_new_leads" boolean DEFAULT true,
  	"notifications_reminders" boolean DEFAULT true,
  	"notifications_digest" boolean DEFAULT true,
  	"invited_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "users_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"territories_id" integer
  );
  
  CREATE TABLE "territories_themes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"theme_id" integer NOT NULL,
  	"status" "enum_territories_themes_status" DEFAULT 'bientot' NOT NULL,
  	"opened_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "territories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar,
  	"status" "enum_territories_status" DEFAULT 'preparation' NOT NULL,
  	"opened_at" timestamp(3) with time zone,
  	"description" varchar,
  	"commune_count" numeric DEFAULT 0,
  	"contact_structure" varchar,
  	"contact_email" varchar,
  	"contact_phone" varchar,
  	"contact_address" varchar,
  	"contact_website" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "territories_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"departements_id" integer,
  	"epcis_id" integer,
  	"communes_id" integer
  );
  
  CREATE TABLE "themes_sub_themes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL
  );
  
  CREATE TABLE "themes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar,
  	"description" varchar NOT NULL,
  	"icon" "enum_themes_icon" DEFAULT 'briefcase',
  	"order" numeric DEFAULT 0,
  	"status" "enum_themes_status" DEFAULT 'disponible' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "questionnaires_questions_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value" varchar,
  	"label" varchar
  );
  
  CREATE TABLE "questionnaires_questions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"type" "enum_questionnaires_questions_type" DEFAULT 'single' NOT NULL,
  	"required" boolean DEFAULT true,
  	"label" varchar NOT NULL,
  	"short_label" varchar,
  	"help" varchar,
  	"allow_unknown" boolean DEFAULT false,
  	"min" numeric,
  	"max" numeric,
  	"condition_question_key" varchar
  );
  
  CREATE TABLE "questionnaires" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"theme_id" integer NOT NULL,
  	"territory_id" integer,
  	"intro" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "questionnaires_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "partners" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"siret" varchar NOT NULL,
  	"type" "enum_partners_type" NOT NULL,
  	"description" varchar,
  	"logo_id" integer,
  	"address" varchar,
  	"commune_id" integer,
  	"contacts_public" boolean DEFAULT false,
  	"public_phone" varchar,
  	"public_email" varchar,
  	"website" varchar,
  	"default_contact_delay_days" numeric DEFAULT 3 NOT NULL,
  	"professional_contact_name" varchar,
  	"professional_contact_email" varchar,
  	"professional_contact_phone" varchar,
  	"competence_scope" "enum_partners_competence_scope" DEFAULT 'territory',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "partners_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"territories_id" integer,
  	"communes_id" integer
  );
  
  CREATE TABLE "charters" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"partner_id" integer NOT NULL,
  	"territory_id" integer NOT NULL,
  	"version" varchar DEFAULT '2026-1' NOT NULL,
  	"status" "enum_charters_status" DEFAULT 'en_attente' NOT NULL,
  	"signatory_name" varchar,
  	"signatory_role" varchar,
  	"signed_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone,
  	"terminated_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "offers_notification_emails" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"email" varchar NOT NULL
  );
  
  CREATE TABLE "offers_rules" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"criterion" varchar NOT NULL,
  	"min" numeric,
  	"max" numeric
  );
  
  CREATE TABLE "offers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"summary" varchar NOT NULL,
  	"description" jsonb,
  	"benefits" varchar,
  	"partner_id" integer NOT NULL,
  	"territory_id" integer NOT NULL,
  	"theme_id" integer NOT NULL,
  	"sub_theme" varchar,
  	"status" "enum_offers_status" DEFAULT 'brouillon' NOT NULL,
  	"review_comment" varchar,
  	"published_at" timestamp(3) with time zone,
  	"reviewed_at" timestamp(3) with time zone,
  	"contact_delay_days" numeric NOT NULL,
  	"location_address" varchar,
  	"location_commune_id" integer,
  	"location_remote" boolean DEFAULT false,
  	"coverage_mode" "enum_offers_coverage_mode" DEFAULT 'territory',
  	"valid_from" timestamp(3) with time zone,
  	"valid_until" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "offers_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "offers_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"communes_id" integer
  );
  
  CREATE TABLE "_offers_v_version_notification_emails" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"email" varchar NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_offers_v_version_rules" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"criterion" varchar NOT NULL,
  	"min" numeric,
  	"max" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_offers_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar NOT NULL,
  	"version_summary" varchar NOT NULL,
  	"version_description" jsonb,
  	"version_benefits" varchar,
  	"version_partner_id" integer NOT NULL,
  	"version_territory_id" integer NOT NULL,
  	"version_theme_id" integer NOT NULL,
  	"version_sub_theme" varchar,
  	"version_status" "enum__offers_v_version_status" DEFAULT 'brouillon' NOT NULL,
  	"version_review_comment" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_reviewed_at" timestamp(3) with time zone,
  	"version_contact_delay_days" numeric NOT NULL,
  	"version_location_address" varchar,
  	"version_location_commune_id" integer,
  	"version_location_remote" boolean DEFAULT false,
  	"version_coverage_mode" "enum__offers_v_version_coverage_mode" DEFAULT 'territory',
  	"version_valid_from" timestamp(3) with time zone,
  	"version_valid_until" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_offers_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_offers_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"communes_id" integer
  );
  
  CREATE TABLE "leads_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"by_id" integer,
  	"from" varchar,
  	"to" varchar,
  	"note" varchar
  );
  
  CREATE TABLE "leads" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reference" varchar,
  	"offer_id" integer NOT NULL,
  	"partner_id" integer NOT NULL,
  	"territory_id" integer NOT NULL,
  	"theme_id" integer NOT NULL,
  	"commune_id" integer NOT NULL,
  	"status" "enum_leads_status" DEFAULT 'nouvelle' NOT NULL,
  	"outcome" "enum_leads_outcome",
  	"closing_comment" varchar,
  	"contact_email" varchar,
  	"contact_phone" varchar,
  	"answers" jsonb,
  	"consent_at" timestamp(3) with time zone NOT NULL,
  	"contact_delay_days" numeric,
  	"due_at" timestamp(3) with time zone,
  	"overdue" boolean DEFAULT false,
  	"timeline_taken_at" timestamp(3) with time zone,
  	"timeline_closed_at" timestamp(3) with time zone,
  	"timeline_reminded_at" timestamp(3) with time zone,
  	"timeline_escalated_at" timestamp(3) with time zone,
  	"timeline_follow_up_sent_at" timestamp(3) with time zone,
  	"timeline_follow_up_answered_at" timestamp(3) with time zone,
  	"timeline_contacted_according_to_young_person" "enum_leads_timeline_contacted_according_to_young_person",
  	"timeline_anonymized_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "communes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"name" varchar NOT NULL,
  	"label" varchar,
  	"search_key" varchar,
  	"departement_id" integer,
  	"epci_id" integer,
  	"region_code" varchar,
  	"population" numeric DEFAULT 0,
  	"kind" "enum_communes_kind" DEFAULT 'commune',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "communes_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "departements" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"name" varchar NOT NULL,
  	"label" varchar,
  	"region_code" varchar,
  	"region_name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "epcis" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"name" varchar NOT NULL,
  	"label" varchar,
  	"kind" varchar,
  	"population" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"territories_id" integer,
  	"themes_id" integer,
  	"questionnaires_id" integer,
  	"partners_id" integer,
  	"charters_id" integer,
  	"offers_id" integer,
  	"leads_id" integer,
  	"communes_id" integer,
  	"departements_id" integer,
  	"epcis_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_territories_fk" FOREIGN KEY ("territories_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "territories_themes" ADD CONSTRAINT "territories_themes_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "territories_themes" ADD CONSTRAINT "territories_themes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "territories_rels" ADD CONSTRAINT "territories_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "territories_rels" ADD CONSTRAINT "territories_rels_departements_fk" FOREIGN KEY ("departements_id") REFERENCES "public"."departements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "territories_rels" ADD CONSTRAINT "territories_rels_epcis_fk" FOREIGN KEY ("epcis_id") REFERENCES "public"."epcis"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "territories_rels" ADD CONSTRAINT "territories_rels_communes_fk" FOREIGN KEY ("communes_id") REFERENCES "public"."communes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "themes_sub_themes" ADD CONSTRAINT "themes_sub_themes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "questionnaires_questions_options" ADD CONSTRAINT "questionnaires_questions_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."questionnaires_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "questionnaires_questions" ADD CONSTRAINT "questionnaires_questions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."questionnaires"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "questionnaires" ADD CONSTRAINT "questionnaires_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "questionnaires" ADD CONSTRAINT "questionnaires_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "questionnaires_texts" ADD CONSTRAINT "questionnaires_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."questionnaires"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "partners" ADD CONSTRAINT "partners_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "partners" ADD CONSTRAINT "partners_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "partners_rels" ADD CONSTRAINT "partners_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "partners_rels" ADD CONSTRAINT "partners_rels_territories_fk" FOREIGN KEY ("territories_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "partners_rels" ADD CONSTRAINT "partners_rels_communes_fk" FOREIGN KEY ("communes_id") REFERENCES "public"."communes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "charters" ADD CONSTRAINT "charters_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "charters" ADD CONSTRAINT "charters_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offers_notification_emails" ADD CONSTRAINT "offers_notification_emails_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "offers_rules" ADD CONSTRAINT "offers_rules_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "offers" ADD CONSTRAINT "offers_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offers" ADD CONSTRAINT "offers_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offers" ADD CONSTRAINT "offers_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offers" ADD CONSTRAINT "offers_location_commune_id_communes_id_fk" FOREIGN KEY ("location_commune_id") REFERENCES "public"."communes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offers_texts" ADD CONSTRAINT "offers_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "offers_rels" ADD CONSTRAINT "offers_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "offers_rels" ADD CONSTRAINT "offers_rels_communes_fk" FOREIGN KEY ("communes_id") REFERENCES "public"."communes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_offers_v_version_notification_emails" ADD CONSTRAINT "_offers_v_version_notification_emails_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_offers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_offers_v_version_rules" ADD CONSTRAINT "_offers_v_version_rules_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_offers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_offers_v" ADD CONSTRAINT "_offers_v_parent_id_offers_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."offers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_offers_v" ADD CONSTRAINT "_offers_v_version_partner_id_partners_id_fk" FOREIGN KEY ("version_partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_offers_v" ADD CONSTRAINT "_offers_v_version_territory_id_territories_id_fk" FOREIGN KEY ("version_territory_id") REFERENCES "public"."territories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_offers_v" ADD CONSTRAINT "_offers_v_version_theme_id_themes_id_fk" FOREIGN KEY ("version_theme_id") REFERENCES "public"."themes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_offers_v" ADD CONSTRAINT "_offers_v_version_location_commune_id_communes_id_fk" FOREIGN KEY ("version_location_commune_id") REFERENCES "public"."communes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_offers_v_texts" ADD CONSTRAINT "_offers_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_offers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_offers_v_rels" ADD CONSTRAINT "_offers_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_offers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_offers_v_rels" ADD CONSTRAINT "_offers_v_rels_communes_fk" FOREIGN KEY ("communes_id") REFERENCES "public"."communes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "leads_history" ADD CONSTRAINT "leads_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "leads_history" ADD CONSTRAINT "leads_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "leads" ADD CONSTRAINT "leads_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "leads" ADD CONSTRAINT "leads_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "leads" ADD CONSTRAINT "leads_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "leads" ADD CONSTRAINT "leads_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "leads" ADD CONSTRAINT "leads_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "communes" ADD CONSTRAINT "communes_departement_id_departements_id_fk" FOREIGN KEY ("departement_id") REFERENCES "public"."departements"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "communes" ADD CONSTRAINT "communes_epci_id_epcis_id_fk" FOREIGN KEY ("epci_id") REFERENCES "public"."epcis"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "communes_texts" ADD CONSTRAINT "communes_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."communes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_territories_fk" FOREIGN KEY ("territories_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_questionnaires_fk" FOREIGN KEY ("questionnaires_id") REFERENCES "public"."questionnaires"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_partners_fk" FOREIGN KEY ("partners_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_charters_fk" FOREIGN KEY ("charters_id") REFERENCES "public"."charters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_offers_fk" FOREIGN KEY ("offers_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_leads_fk" FOREIGN KEY ("leads_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_communes_fk" FOREIGN KEY ("communes_id") REFERENCES "public"."communes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_departements_fk" FOREIGN KEY ("departements_id") REFERENCES "public"."departements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_epcis_fk" FOREIGN KEY ("epcis_id") REFERENCES "public"."epcis"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_partner_idx" ON "users" USING btree ("partner_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "users_rels_order_idx" ON "users_rels" USING btree ("order");
  CREATE INDEX "users_rels_parent_idx" ON "users_rels" USING btree ("parent_id");
  CREATE INDEX "users_rels_path_idx" ON "users_rels" USING btree ("path");
  CREATE INDEX "users_rels_territories_id_idx" ON "users_rels" USING btree ("territories_id");
  CREATE INDEX "territories_themes_order_idx" ON "territories_themes" USING btree ("_order");
  CREATE INDEX "territories_themes_parent_id_idx" ON "territories_themes" USING btree ("_parent_id");
  CREATE INDEX "territories_themes_theme_idx" ON "territories_themes" USING btree ("theme_id");
  CREATE UNIQUE INDEX "territories_slug_idx" ON "territories" USING btree ("slug");
  CREATE INDEX "territories_status_idx" ON "territories" USING btree ("status");
  CREATE INDEX "territories_updated_at_idx" ON "territories" USING btree ("updated_at");
  CREATE INDEX "territories_created_at_idx" ON "territories" USING btree ("created_at");
  CREATE INDEX "territories_rels_order_idx" ON "territories_rels" USING btree ("order");
  CREATE INDEX "territories_rels_parent_idx" ON "territories_rels" USING btree ("parent_id");
  CREATE INDEX "territories_rels_path_idx" ON "territories_rels" USING btree ("path");
  CREATE INDEX "territories_rels_departements_id_idx" ON "territories_rels" USING btree ("departements_id");
  CREATE INDEX "territories_rels_epcis_id_idx" ON "territories_rels" USING btree ("epcis_id");
  CREATE INDEX "territories_rels_communes_id_idx" ON "territories_rels" USING btree ("communes_id");
  CREATE INDEX "themes_sub_themes_order_idx" ON "themes_sub_themes" USING btree ("_order");
  CREATE INDEX "themes_sub_themes_parent_id_idx" ON "themes_sub_themes" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "themes_slug_idx" ON "themes" USING btree ("slug");
  CREATE INDEX "themes_updated_at_idx" ON "themes" USING btree ("updated_at");
  CREATE INDEX "themes_created_at_idx" ON "themes" USING btree ("created_at");
  CREATE INDEX "questionnaires_questions_options_order_idx" ON "questionnaires_questions_options" USING btree ("_order");
  CREATE INDEX "questionnaires_questions_options_parent_id_idx" ON "questionnaires_questions_options" USING btree ("_parent_id");
  CREATE INDEX "questionnaires_questions_order_idx" ON "questionnaires_questions" USING btree ("_order");
  CREATE INDEX "questionnaires_questions_parent_id_idx" ON "questionnaires_questions" USING btree ("_parent_id");
  CREATE INDEX "questionnaires_theme_idx" ON "questionnaires" USING btree ("theme_id");
  CREATE INDEX "questionnaires_territory_idx" ON "questionnaires" USING btree ("territory_id");
  CREATE INDEX "questionnaires_updated_at_idx" ON "questionnaires" USING btree ("updated_at");
  CREATE INDEX "questionnaires_created_at_idx" ON "questionnaires" USING btree ("created_at");
  CREATE INDEX "questionnaires_texts_order_parent" ON "questionnaires_texts" USING btree ("order","parent_id");
  CREATE UNIQUE INDEX "partners_siret_idx" ON "partners" USING btree ("siret");
  CREATE INDEX "partners_logo_idx" ON "partners" USING btree ("logo_id");
  CREATE INDEX "partners_commune_idx" ON "partners" USING btree ("commune_id");
  CREATE INDEX "partners_updated_at_idx" ON "partners" USING btree ("updated_at");
  CREATE INDEX "partners_created_at_idx" ON "partners" USING btree ("created_at");
  CREATE INDEX "partners_rels_order_idx" ON "partners_rels" USING btree ("order");
  CREATE INDEX "partners_rels_parent_idx" ON "partners_rels" USING btree ("parent_id");
  CREATE INDEX "partners_rels_path_idx" ON "partners_rels" USING btree ("path");
  CREATE INDEX "partners_rels_territories_id_idx" ON "partners_rels" USING btree ("territories_id");
  CREATE INDEX "partners_rels_communes_id_idx" ON "partners_rels" USING btree ("communes_id");
  CREATE INDEX "charters_partner_idx" ON "charters" USING btree ("partner_id");
  CREATE INDEX "charters_territory_idx" ON "charters" USING btree ("territory_id");
  CREATE INDEX "charters_status_idx" ON "charters" USING btree ("status");
  CREATE INDEX "charters_updated_at_idx" ON "charters" USING btree ("updated_at");
  CREATE INDEX "charters_created_at_idx" ON "charters" USING btree ("created_at");
  CREATE UNIQUE INDEX "charters_filename_idx" ON "charters" USING btree ("filename");
  CREATE INDEX "offers_notification_emails_order_idx" ON "offers_notification_emails" USING btree ("_order");
  CREATE INDEX "offers_notification_emails_parent_id_idx" ON "offers_notification_emails" USING btree ("_parent_id");
  CREATE INDEX "offers_rules_order_idx" ON "offers_rules" USING btree ("_order");
  CREATE INDEX "offers_rules_parent_id_idx" ON "offers_rules" USING btree ("_parent_id");
  CREATE INDEX "offers_partner_idx" ON "offers" USING btree ("partner_id");
  CREATE INDEX "offers_territory_idx" ON "offers" USING btree ("territory_id");
  CREATE INDEX "offers_theme_idx" ON "offers" USING btree ("theme_id");
  CREATE INDEX "offers_status_idx" ON "offers" USING btree ("status");
  CREATE INDEX "offers_location_location_commune_idx" ON "offers" USING btree ("location_commune_id");
  CREATE INDEX "offers_updated_at_idx" ON "offers" USING btree ("updated_at");
  CREATE INDEX "offers_created_at_idx" ON "offers" USING btree ("created_at");
  CREATE INDEX "offers_texts_order_parent" ON "offers_texts" USING btree ("order","parent_id");
  CREATE INDEX "offers_rels_order_idx" ON "offers_rels" USING btree ("order");
  CREATE INDEX "offers_rels_parent_idx" ON "offers_rels" USING btree ("parent_id");
  CREATE INDEX "offers_rels_path_idx" ON "offers_rels" USING btree ("path");
  CREATE INDEX "offers_rels_communes_id_idx" ON "offers_rels" USING btree ("communes_id");
  CREATE INDEX "_offers_v_version_notification_emails_order_idx" ON "_offers_v_version_notification_emails" USING btree ("_order");
  CREATE INDEX "_offers_v_version_notification_emails_parent_id_idx" ON "_offers_v_version_notification_emails" USING btree ("_parent_id");
  CREATE INDEX "_offers_v_version_rules_order_idx" ON "_offers_v_version_rules" USING btree ("_order");
  CREATE INDEX "_offers_v_version_rules_parent_id_idx" ON "_offers_v_version_rules" USING btree ("_parent_id");
  CREATE INDEX "_offers_v_parent_idx" ON "_offers_v" USING btree ("parent_id");
  CREATE INDEX "_offers_v_version_version_partner_idx" ON "_offers_v" USING btree ("version_partner_id");
  CREATE INDEX "_offers_v_version_version_territory_idx" ON "_offers_v" USING btree ("version_territory_id");
  CREATE INDEX "_offers_v_version_version_theme_idx" ON "_offers_v" USING btree ("version_theme_id");
  CREATE INDEX "_offers_v_version_version_status_idx" ON "_offers_v" USING btree ("version_status");
  CREATE INDEX "_offers_v_version_location_version_location_commune_idx" ON "_offers_v" USING btree ("version_location_commune_id");
  CREATE INDEX "_offers_v_version_version_updated_at_idx" ON "_offers_v" USING btree ("version_updated_at");
  CREATE INDEX "_offers_v_version_version_created_at_idx" ON "_offers_v" USING btree ("version_created_at");
  CREATE INDEX "_offers_v_created_at_idx" ON "_offers_v" USING btree ("created_at");
  CREATE INDEX "_offers_v_updated_at_idx" ON "_offers_v" USING btree ("updated_at");
  CREATE INDEX "_offers_v_texts_order_parent" ON "_offers_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_offers_v_rels_order_idx" ON "_offers_v_rels" USING btree ("order");
  CREATE INDEX "_offers_v_rels_parent_idx" ON "_offers_v_rels" USING btree ("parent_id");
  CREATE INDEX "_offers_v_rels_path_idx" ON "_offers_v_rels" USING btree ("path");
  CREATE INDEX "_offers_v_rels_communes_id_idx" ON "_offers_v_rels" USING btree ("communes_id");
  CREATE INDEX "leads_history_order_idx" ON "leads_history" USING btree ("_order");
  CREATE INDEX "leads_history_parent_id_idx" ON "leads_history" USING btree ("_parent_id");
  CREATE INDEX "leads_history_by_idx" ON "leads_history" USING btree ("by_id");
  CREATE UNIQUE INDEX "leads_reference_idx" ON "leads" USING btree ("reference");
  CREATE INDEX "leads_offer_idx" ON "leads" USING btree ("offer_id");
  CREATE INDEX "leads_partner_idx" ON "leads" USING btree ("partner_id");
  CREATE INDEX "leads_territory_idx" ON "leads" USING btree ("territory_id");
  CREATE INDEX "leads_theme_idx" ON "leads" USING btree ("theme_id");
  CREATE INDEX "leads_commune_idx" ON "leads" USING btree ("commune_id");
  CREATE INDEX "leads_status_idx" ON "leads" USING btree ("status");
  CREATE INDEX "leads_due_at_idx" ON "leads" USING btree ("due_at");
  CREATE INDEX "leads_overdue_idx" ON "leads" USING btree ("overdue");
  CREATE INDEX "leads_timeline_timeline_closed_at_idx" ON "leads" USING btree ("timeline_closed_at");
  CREATE INDEX "leads_timeline_timeline_anonymized_at_idx" ON "leads" USING btree ("timeline_anonymized_at");
  CREATE INDEX "leads_updated_at_idx" ON "leads" USING btree ("updated_at");
  CREATE INDEX "leads_created_at_idx" ON "leads" USING btree ("created_at");
  CREATE UNIQUE INDEX "communes_code_idx" ON "communes" USING btree ("code");
  CREATE INDEX "communes_search_key_idx" ON "communes" USING btree ("search_key");
  CREATE INDEX "communes_departement_idx" ON "communes" USING btree ("departement_id");
  CREATE INDEX "communes_epci_idx" ON "communes" USING btree ("epci_id");
  CREATE INDEX "communes_updated_at_idx" ON "communes" USING btree ("updated_at");
  CREATE INDEX "communes_created_at_idx" ON "communes" USING btree ("created_at");
  CREATE INDEX "communes_texts_order_parent" ON "communes_texts" USING btree ("order","parent_id");
  CREATE UNIQUE INDEX "departements_code_idx" ON "departements" USING btree ("code");
  CREATE INDEX "departements_updated_at_idx" ON "departements" USING btree ("updated_at");
  CREATE INDEX "departements_created_at_idx" ON "departements" USING btree ("created_at");
  CREATE UNIQUE INDEX "epcis_code_idx" ON "epcis" USING btree ("code");
  CREATE INDEX "epcis_updated_at_idx" ON "epcis" USING btree ("updated_at");
  CREATE INDEX "epcis_created_at_idx" ON "epcis" USING btree ("created_at");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_territories_id_idx" ON "payload_locked_documents_rels" USING btree ("territories_id");
  CREATE INDEX "payload_locked_documents_rels_themes_id_idx" ON "payload_locked_documents_rels" USING btree ("themes_id");
  CREATE INDEX "payload_locked_documents_rels_questionnaires_id_idx" ON "payload_locked_documents_rels" USING btree ("questionnaires_id");
  CREATE INDEX "payload_locked_documents_rels_partners_id_idx" ON "payload_locked_documents_rels" USING btree ("partners_id");
  CREATE INDEX "payload_locked_documents_rels_charters_id_idx" ON "payload_locked_documents_rels" USING btree ("charters_id");
  CREATE INDEX "payload_locked_documents_rels_offers_id_idx" ON "payload_locked_documents_rels" USING btree ("offers_id");
  CREATE INDEX "payload_locked_documents_rels_leads_id_idx" ON "payload_locked_documents_rels" USING btree ("leads_id");
  CREATE INDEX "payload_locked_documents_rels_communes_id_idx" ON "payload_locked_documents_rels" USING btree ("communes_id");
  CREATE INDEX "payload_locked_documents_rels_departements_id_idx" ON "payload_locked_documents_rels" USING btree ("departements_id");
  CREATE INDEX "payload_locked_documents_rels_epcis_id_idx" ON "payload_locked_documents_rels" USING btree ("epcis_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "users_rels" CASCADE;
  DROP TABLE "territories_themes" CASCADE;
  DROP TABLE "territories" CASCADE;
  DROP TABLE "territories_rels" CASCADE;
  DROP TABLE "themes_sub_themes" CASCADE;
  DROP TABLE "themes" CASCADE;
  DROP TABLE "questionnaires_questions_options" CASCADE;
  DROP TABLE "questionnaires_questions" CASCADE;
  DROP TABLE "questionnaires" CASCADE;
  DROP TABLE "questionnaires_texts" CASCADE;
  DROP TABLE "partners" CASCADE;
  DROP TABLE "partners_rels" CASCADE;
  DROP TABLE "charters" CASCADE;
  DROP TABLE "offers_notification_emails" CASCADE;
  DROP TABLE "offers_rules" CASCADE;
  DROP TABLE "offers" CASCADE;
  DROP TABLE "offers_texts" CASCADE;
  DROP TABLE "offers_rels" CASCADE;
  DROP TABLE "_offers_v_version_notification_emails" CASCADE;
  DROP TABLE "_offers_v_version_rules" CASCADE;
  DROP TABLE "_offers_v" CASCADE;
  DROP TABLE "_offers_v_texts" CASCADE;
  DROP TABLE "_offers_v_rels" CASCADE;
  DROP TABLE "leads_history" CASCADE;
  DROP TABLE "leads" CASCADE;
  DROP TABLE "communes" CASCADE;
  DROP TABLE "communes_texts" CASCADE;
  DROP TABLE "departements" CASCADE;
  DROP TABLE "epcis" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_territories_themes_status";
  DROP TYPE "public"."enum_territories_status";
  DROP TYPE "public"."enum_themes_icon";
  DROP TYPE "public"."enum_themes_status";
  DROP TYPE "public"."enum_questionnaires_questions_type";
  DROP TYPE "public"."enum_partners_type";
  DROP TYPE "public"."enum_partners_competence_scope";
  DROP TYPE "public"."enum_charters_status";
  DROP TYPE "public"."enum_offers_status";
  DROP TYPE "public"."enum_offers_coverage_mode";
  DROP TYPE "public"."enum__offers_v_version_status";
  DROP TYPE "public"."enum__offers_v_version_coverage_mode";
  DROP TYPE "public"."enum_leads_status";
  DROP TYPE "public"."enum_leads_outcome";
  DROP TYPE "public"."enum_leads_timeline_contacted_according_to_young_person";
  DROP TYPE "public"."enum_communes_kind";`)
}
