import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Login and forgotten-password attempts, for the throttling per client address (`src/auth/loginThrottle.ts`),
 * shared by every process. Not a Payload collection: no API reads or writes it; only keyed hashes of the
 * address and of the e-mail address are stored, and rows older than a day are purged as new ones arrive.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE "boussole_auth_attempts" (
  	"id" bigserial PRIMARY KEY NOT NULL,
  	"kind" varchar NOT NULL,
  	"address" varchar NOT NULL,
  	"account" varchar,
  	"at" timestamp(3) with time zone NOT NULL,
  	"succeeded" boolean DEFAULT false NOT NULL
  );
  CREATE INDEX "boussole_auth_attempts_address_at_idx" ON "boussole_auth_attempts" USING btree ("address", "at");
  CREATE INDEX "boussole_auth_attempts_at_idx" ON "boussole_auth_attempts" USING btree ("at");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE "boussole_auth_attempts";`)
}
