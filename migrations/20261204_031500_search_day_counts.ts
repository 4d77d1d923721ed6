import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Searches counted per Paris day, kept by PostgreSQL itself: the statistics read these few rows instead of
 * a year of searches (a million at national volume). `search_day_counts` holds every search per day,
 * territory and theme (with how many found nothing), `search_month_counts` the same per month (a year is then
 * twelve months' rows, and the days of a month begun), `search_day_gaps` the searches that found nothing per
 * commune. Statement-level triggers add what is inserted and take away what is deleted or changed, in
 * the same transaction, so the counts always equal the rows (searches are written by the Local API and
 * by plain SQL alike). Existing searches are counted here once.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE "search_day_counts" (
    "day" date NOT NULL,
    "territory_id" integer,
    "theme_id" integer NOT NULL,
    "searches" integer NOT NULL,
    "without_results" integer NOT NULL,
    CONSTRAINT "search_day_counts_key" UNIQUE NULLS NOT DISTINCT ("day", "territory_id", "theme_id")
  );
  CREATE INDEX "search_day_counts_territory_day_idx" ON "search_day_counts" ("territory_id", "day");
  CREATE TABLE "search_month_counts" (
    "month" date NOT NULL,
    "territory_id" integer,
    "theme_id" integer NOT NULL,
    "searches" integer NOT NULL,
    "without_results" integer NOT NULL,
    CONSTRAINT "search_month_counts_key" UNIQUE NULLS NOT DISTINCT ("month", "territory_id", "theme_id")
  );
  CREATE TABLE "search_day_gaps" (
    "day" date NOT NULL,
    "territory_id" integer,
    "theme_id" integer NOT NULL,
    "commune_id" integer NOT NULL,
    "searches" integer NOT NULL,
    CONSTRAINT "search_day_gaps_key" UNIQUE NULLS NOT DISTINCT ("day", "territory_id", "theme_id", "commune_id")
  );
  CREATE INDEX "search_day_gaps_territory_day_idx" ON "search_day_gaps" ("territory_id", "day");

  CREATE FUNCTION "boussole_count_searches"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
      INSERT INTO "search_day_counts" AS c ("day", "territory_id", "theme_id", "searches", "without_results")
        SELECT (o."created_at" AT TIME ZONE 'Europe/Paris')::date, o."territory_id", o."theme_id", -count(*), -count(*) FILTER (WHERE o."result_count" = 0)
        FROM "old_searches" o GROUP BY 1, 2, 3
        ON CONFLICT ON CONSTRAINT "search_day_counts_key"
        DO UPDATE SET "searches" = c."searches" + excluded."searches", "without_results" = c."without_results" + excluded."without_results";
      INSERT INTO "search_month_counts" AS m ("month", "territory_id", "theme_id", "searches", "without_results")
        SELECT date_trunc('month', o."created_at" AT TIME ZONE 'Europe/Paris')::date, o."territory_id", o."theme_id", -count(*), -count(*) FILTER (WHERE o."result_count" = 0)
        FROM "old_searches" o GROUP BY 1, 2, 3
        ON CONFLICT ON CONSTRAINT "search_month_counts_key"
        DO UPDATE SET "searches" = m."searches" + excluded."searches", "without_results" = m."without_results" + excluded."without_results";
      INSERT INTO "search_day_gaps" AS g ("day", "territory_id", "theme_id", "commune_id", "searches")
        SELECT (o."created_at" AT TIME ZONE 'Europe/Paris')::date, o."territory_id", o."theme_id", o."commune_id", -count(*)
        FROM "old_searches" o WHERE o."result_count" = 0 GROUP BY 1, 2, 3, 4
        ON CONFLICT ON CONSTRAINT "search_day_gaps_key" DO UPDATE SET "searches" = g."searches" + excluded."searches";
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
      INSERT INTO "search_day_counts" AS c ("day", "territory_id", "theme_id", "searches", "without_results")
        SELECT (n."created_at" AT TIME ZONE 'Europe/Paris')::date, n."territory_id", n."theme_id", count(*), count(*) FILTER (WHERE n."result_count" = 0)
        FROM "new_searches" n GROUP BY 1, 2, 3
        ON CONFLICT ON CONSTRAINT "search_day_counts_key"
        DO UPDATE SET "searches" = c."searches" + excluded."searches", "without_results" = c."without_results" + excluded."without_results";
      INSERT INTO "search_month_counts" AS m ("month", "territory_id", "theme_id", "searches", "without_results")
        SELECT date_trunc('month', n."created_at" AT TIME ZONE 'Europe/Paris')::date, n."territory_id", n."theme_id", count(*), count(*) FILTER (WHERE n."result_count" = 0)
        FROM "new_searches" n GROUP BY 1, 2, 3
        ON CONFLICT ON CONSTRAINT "search_month_counts_key"
        DO UPDATE SET "searches" = m."searches" + excluded."searches", "without_results" = m."without_results" + excluded."without_results";
      INSERT INTO "search_day_gaps" AS g ("day", "territory_id", "theme_id", "commune_id", "searches")
        SELECT (n."created_at" AT TIME ZONE 'Europe/Paris')::date, n."territory_id", n."theme_id", n."commune_id", count(*)
        FROM "new_searches" n WHERE n."result_count" = 0 GROUP BY 1, 2, 3, 4
        ON CONFLICT ON CONSTRAINT "search_day_gaps_key" DO UPDATE SET "searches" = g."searches" + excluded."searches";
    END IF;
    RETURN NULL;
  END
  $$;
  CREATE TRIGGER "searches_counted_on_insert" AFTER INSERT ON "searches"
    REFERENCING NEW TABLE AS "new_searches" FOR EACH STATEMENT EXECUTE FUNCTION "boussole_count_searches"();
  CREATE TRIGGER "searches_counted_on_update" AFTER UPDATE ON "searches"
    REFERENCING OLD TABLE AS "old_searches" NEW TABLE AS "new_searches" FOR EACH STATEMENT EXECUTE FUNCTION "boussole_count_searches"();
  CREATE TRIGGER "searches_counted_on_delete" AFTER DELETE ON "searches"
    REFERENCING OLD TABLE AS "old_searches" FOR EACH STATEMENT EXECUTE FUNCTION "boussole_count_searches"();

  INSERT INTO "search_day_counts" ("day", "territory_id", "theme_id", "searches", "without_results")
    SELECT ("created_at" AT TIME ZONE 'Europe/Paris')::date, "territory_id", "theme_id", count(*), count(*) FILTER (WHERE "result_count" = 0)
    FROM "searches" GROUP BY 1, 2, 3;
  INSERT INTO "search_month_counts" ("month", "territory_id", "theme_id", "searches", "without_results")
    SELECT date_trunc('month', "created_at" AT TIME ZONE 'Europe/Paris')::date, "territory_id", "theme_id", count(*), count(*) FILTER (WHERE "result_count" = 0)
    FROM "searches" GROUP BY 1, 2, 3;
  INSERT INTO "search_day_gaps" ("day", "territory_id", "theme_id", "commune_id", "searches")
    SELECT ("created_at" AT TIME ZONE 'Europe/Paris')::date, "territory_id", "theme_id", "commune_id", count(*)
    FROM "searches" WHERE "result_count" = 0 GROUP BY 1, 2, 3, 4;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TRIGGER IF EXISTS "searches_counted_on_insert" ON "searches";
  DROP TRIGGER IF EXISTS "searches_counted_on_update" ON "searches";
  DROP TRIGGER IF EXISTS "searches_counted_on_delete" ON "searches";
  DROP FUNCTION IF EXISTS "boussole_count_searches"();
  DROP TABLE IF EXISTS "search_day_gaps";
  DROP TABLE IF EXISTS "search_month_counts";
  DROP TABLE IF EXISTS "search_day_counts";`)
}
