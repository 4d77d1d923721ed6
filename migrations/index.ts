import * as migration_20261122_183012_initial from './20261122_183012_initial';
import * as migration_20261122_183522_plugin_searches_and_lead_tracking from './20261122_183522_plugin_searches_and_lead_tracking';
import * as migration_20261122_184232_lead_jobs_and_sent_emails from './20261122_184232_lead_jobs_and_sent_emails';
import * as migration_20261122_213550_lead_contact_indexes from './20261122_213550_lead_contact_indexes';
import * as migration_20261202_020516_offer_drafts from './20261202_020516_offer_drafts';
import * as migration_20261202_020600_auth_attempts from './20261202_020600_auth_attempts';
import * as migration_20261202_020735_contact_access_user_email from './20261202_020735_contact_access_user_email';
import * as migration_20261202_021944_lead_age_band_values from './20261202_021944_lead_age_band_values';
import * as migration_20261202_022519_revoke_inactive_sessions from './20261202_022519_revoke_inactive_sessions';
import * as migration_20261202_045038_offer_freshness_task from './20261202_045038_offer_freshness_task';
import * as migration_20261202_051307_sms_task from './20261202_051307_sms_task';
import * as migration_20261202_073230_rescue_pause_preferences from './20261202_073230_rescue_pause_preferences';
import * as migration_20261202_131928_french_sort from './20261202_131928_french_sort';
import * as migration_20261202_140000_epci_label_siren from './20261202_140000_epci_label_siren';
import * as migration_20261202_151707_questionnaire_steps_conditions_rule_alternatives from './20261202_151707_questionnaire_steps_conditions_rule_alternatives';
import * as migration_20261202_152017_charter_territories_offer_territories from './20261202_152017_charter_territories_offer_territories';
import * as migration_20261202_152409_territory_theme_tiles from './20261202_152409_territory_theme_tiles';
import * as migration_20261204_031500_search_day_counts from './20261204_031500_search_day_counts';
import * as migration_20261204_034500_leads_statistics_index from './20261204_034500_leads_statistics_index';

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
    name: '20261122_213550_lead_contact_indexes',
  },
  {
    up: migration_20261202_020516_offer_drafts.up,
    down: migration_20261202_020516_offer_drafts.down,
    name: '20261202_020516_offer_drafts',
  },
  {
    up: migration_20261202_020600_auth_attempts.up,
    down: migration_20261202_020600_auth_attempts.down,
    name: '20261202_020600_auth_attempts',
  },
  {
    up: migration_20261202_020735_contact_access_user_email.up,
    down: migration_20261202_020735_contact_access_user_email.down,
    name: '20261202_020735_contact_access_user_email',
  },
  {
    up: migration_20261202_021944_lead_age_band_values.up,
    down: migration_20261202_021944_lead_age_band_values.down,
    name: '20261202_021944_lead_age_band_values',
  },
  {
    up: migration_20261202_022519_revoke_inactive_sessions.up,
    down: migration_20261202_022519_revoke_inactive_sessions.down,
    name: '20261202_022519_revoke_inactive_sessions',
  },
  {
    up: migration_20261202_045038_offer_freshness_task.up,
    down: migration_20261202_045038_offer_freshness_task.down,
    name: '20261202_045038_offer_freshness_task',
  },
  {
    up: migration_20261202_051307_sms_task.up,
    down: migration_20261202_051307_sms_task.down,
    name: '20261202_051307_sms_task',
  },
  {
    up: migration_20261202_073230_rescue_pause_preferences.up,
    down: migration_20261202_073230_rescue_pause_preferences.down,
    name: '20261202_073230_rescue_pause_preferences',
  },
  {
    up: migration_20261202_131928_french_sort.up,
    down: migration_20261202_131928_french_sort.down,
    name: '20261202_131928_french_sort',
  },
  {
    up: migration_20261202_140000_epci_label_siren.up,
    down: migration_20261202_140000_epci_label_siren.down,
    name: '20261202_140000_epci_label_siren',
  },
  {
    up: migration_20261202_151707_questionnaire_steps_conditions_rule_alternatives.up,
    down: migration_20261202_151707_questionnaire_steps_conditions_rule_alternatives.down,
    name: '20261202_151707_questionnaire_steps_conditions_rule_alternatives',
  },
  {
    up: migration_20261202_152017_charter_territories_offer_territories.up,
    down: migration_20261202_152017_charter_territories_offer_territories.down,
    name: '20261202_152017_charter_territories_offer_territories',
  },
  {
    up: migration_20261202_152409_territory_theme_tiles.up,
    down: migration_20261202_152409_territory_theme_tiles.down,
    name: '20261202_152409_territory_theme_tiles'
  },
  {
    up: migration_20261204_031500_search_day_counts.up,
    down: migration_20261204_031500_search_day_counts.down,
    name: '20261204_031500_search_day_counts',
  },
  {
    up: migration_20261204_034500_leads_statistics_index.up,
    down: migration_20261204_034500_leads_statistics_index.down,
    name: '20261204_034500_leads_statistics_index',
  },
];
