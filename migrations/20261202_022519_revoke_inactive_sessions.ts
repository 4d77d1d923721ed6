import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Accounts deactivated before deactivation revoked sessions (src/collections/Users/hooks/accountDeactivation.ts)
 * still had theirs, and their pending reset or invitation links: revoke them, as a deactivation does now.
 * Nothing to undo (the sessions and links are gone on purpose).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  DELETE FROM "users_sessions" WHERE "_parent_id" IN (SELECT "id" FROM "users" WHERE "active" = false);
  UPDATE "users" SET "reset_password_token" = NULL, "reset_password_expiration" = NULL WHERE "active" = false;`)
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // Revoked sessions and links cannot be restored, and need not be.
}
