import * as migration_20261122_183012_initial from './20261122_183012_initial';
import * as migration_20261122_183522_plugin_searches_and_lead_tracking from './20261122_183522_plugin_searches_and_lead_tracking';
import * as migration_20261122_184232_lead_jobs_and_sent_emails from './20261122_184232_lead_jobs_and_sent_emails';
import * as migration_20261122_213550_lead_contact_indexes from './20261122_213550_lead_contact_indexes';

export const migrations = [
  {
    up: migration_20261122_183012_initial.up,
    down: migration_20261122_183012_initial.down,
    name: '20261122_183012_initial',
  },
  {
    up: migration_20261122_183522_plugin_searches_and_lead_tracking.up,
    down: migration_20261122_183522_plugin_searches_and_lead_tracking.down,
    name: '20261122_183522_plugin_searches_and_lead_tracking',
  },
  {
    up: migration_20261122_184232_lead_jobs_and_sent_emails.up,
    down: migration_20261122_184232_lead_jobs_and_sent_emails.down,
    name: '20261122_184232_lead_jobs_and_sent_emails',
  },
  {
    up: migration_20261122_213550_lead_contact_indexes.up,
    down: migration_20261122_213550_lead_contact_indexes.down,
    name: '20261122_213550_lead_contact_indexes'
  },
];
