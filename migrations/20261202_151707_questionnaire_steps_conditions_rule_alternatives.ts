import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Issue #13 (questionnaires as territories write them):
 * - a question may open a step (`questionnaires_questions.step`);
 * - a question's single condition group becomes a list of conditions, each with an operator « est l’une de »
 *   (`in`) / « n’est aucune de » (`notIn`): every existing condition is moved, as it was, into the first row of
 *   the list with `in`, and its values (`questionnaires_texts`, path `questions.N.condition.values`) follow it
 *   (`questions.N.conditions.0.values`);
 * - an offer's rule may have alternatives « ou » (`offers_rules_any_of`, and its version table): existing rules
 *   keep their meaning (no alternative).
 * Down keeps the first condition of each question (its operator and the other conditions are lost).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TYPE "public"."enum_questionnaires_questions_conditions_operator" AS ENUM('in', 'notIn');
  CREATE TABLE "questionnaires_questions_conditions" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"question_key" varchar,
  	"operator" "enum_questionnaires_questions_conditions_operator" DEFAULT 'in' NOT NULL
  );
  CREATE TABLE "offers_rules_any_of" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"criterion" varchar,
  	"min" numeric,
  	"max" numeric
  );
  CREATE TABLE "_offers_v_version_rules_any_of" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"criterion" varchar,
  	"min" numeric,
  	"max" numeric,
  	"_uuid" varchar
  );
  ALTER TABLE "questionnaires_questions" ADD COLUMN "step" varchar;
  ALTER TABLE "questionnaires_questions_conditions" ADD CONSTRAINT "questionnaires_questions_conditions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."questionnaires_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "offers_rules_any_of" ADD CONSTRAINT "offers_rules_any_of_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."offers_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_offers_v_version_rules_any_of" ADD CONSTRAINT "_offers_v_version_rules_any_of_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_offers_v_version_rules"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "questionnaires_questions_conditions_order_idx" ON "questionnaires_questions_conditions" USING btree ("_order");
  CREATE INDEX "questionnaires_questions_conditions_parent_id_idx" ON "questionnaires_questions_conditions" USING btree ("_parent_id");
  CREATE INDEX "offers_rules_any_of_order_idx" ON "offers_rules_any_of" USING btree ("_order");
  CREATE INDEX "offers_rules_any_of_parent_id_idx" ON "offers_rules_any_of" USING btree ("_parent_id");
  CREATE INDEX "_offers_v_version_rules_any_of_order_idx" ON "_offers_v_version_rules_any_of" USING btree ("_order");
  CREATE INDEX "_offers_v_version_rules_any_of_parent_id_idx" ON "_offers_v_version_rules_any_of" USING btree ("_parent_id");

  INSERT INTO "questionnaires_questions_conditions" ("_order", "_parent_id", "id", "question_key", "operator")
    SELECT 1, q."id", substr(md5(q."id" || ':condition'), 1, 24), q."condition_question_key", 'in'
    FROM "questionnaires_questions" q
    WHERE coalesce(q."condition_question_key", '') <> '';
  UPDATE "questionnaires_texts" t
    SET "path" = 'questions.' || (q."_order" - 1) || '.conditions.0.values'
    FROM "questionnaires_questions" q
    WHERE q."_parent_id" = t."parent_id"
      AND t."path" = 'questions.' || (q."_order" - 1) || '.condition.values'
      AND coalesce(q."condition_question_key", '') <> '';
  DELETE FROM "questionnaires_texts" WHERE "path" ~ '^questions\\.[0-9]+\\.condition\\.values$';

  ALTER TABLE "questionnaires_questions" DROP COLUMN "condition_question_key";`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "questionnaires_questions" ADD COLUMN "condition_question_key" varchar;
  UPDATE "questionnaires_questions" q
    SET "condition_question_key" = c."question_key"
    FROM "questionnaires_questions_conditions" c
    WHERE c."_parent_id" = q."id" AND c."_order" = 1;
  DELETE FROM "questionnaires_texts" WHERE "path" ~ '^questions\\.[0-9]+\\.conditions\\.[1-9][0-9]*\\.values$';
  UPDATE "questionnaires_texts" SET "path" = regexp_replace("path", '^(questions\\.[0-9]+)\\.conditions\\.0\\.values$', '\\1.condition.values')
    WHERE "path" ~ '^questions\\.[0-9]+\\.conditions\\.0\\.values$';

  DROP TABLE "questionnaires_questions_conditions" CASCADE;
  DROP TABLE "offers_rules_any_of" CASCADE;
  DROP TABLE "_offers_v_version_rules_any_of" CASCADE;
  ALTER TABLE "questionnaires_questions" DROP COLUMN "step";
  DROP TYPE "public"."enum_questionnaires_questions_conditions_operator";`)
}
