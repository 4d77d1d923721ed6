import type { Config } from 'payload'

import { checkSmsSettings } from '@/sms/smsTransportFromEnv'

import { contactAccessesCollection } from './accessLog/ContactAccesses'
import { withCacheInvalidation } from './cacheInvalidation'
import { searchesCollection } from './collections/Searches'
import { sanitizeOptions, type BoussolePluginOptions } from './core/options'
import { exportEndpoints } from './exports/endpoints'
import { followUpEndpoint, submitLeadEndpoint, withdrawLeadEndpoint } from './http/leadEndpoints'
import { withMethodNotAllowed } from './http/methodNotAllowed'
import { communeThemesEndpoint, communesEndpoint, matchEndpoint, questionnaireEndpoint } from './http/readEndpoints'
import { dataInclusionImportEndpoint } from './imports/dataInclusionEndpoint'
import { importEndpoints } from './imports/endpoints'
import { sentMessagesCollection } from './jobs/SentMessages'
import { boussoleJobs, protectJobStatsGlobal } from './jobsConfig'
import { openDataEndpoints } from './openData/endpoints'
import { statisticsEndpoints } from './statistics'

export type { BoussolePluginOptions } from './core/options'

/**
 * The Boussole plugin: commune search, questionnaire engine and matching, lead intake and routing,
 * SLA reminders and escalation, outcomes and data retention. This file only wires; the logic lives in
 * geo/, questionnaire/, matching/, leads/, sla/, retention/ and jobs/.
 */
export const boussolePlugin =
  (options: BoussolePluginOptions = {}) =>
  (config: Config): Config => {
    const settings = sanitizeOptions(options)
    checkSmsSettings()
    return {
      ...config,
      collections: withCacheInvalidation([
        ...(config.collections ?? []),
        searchesCollection(settings.access),
        sentMessagesCollection(settings.access),
        contactAccessesCollection(settings.access),
      ]),
      endpoints: [
        ...(config.endpoints ?? []),
        ...withMethodNotAllowed([
          communesEndpoint,
          communeThemesEndpoint,
          questionnaireEndpoint,
          matchEndpoint,
          submitLeadEndpoint,
          followUpEndpoint,
          withdrawLeadEndpoint,
          ...statisticsEndpoints,
          ...openDataEndpoints,
          ...exportEndpoints,
          ...importEndpoints,
          dataInclusionImportEndpoint,
        ]),
      ],
      jobs: boussoleJobs(config, settings),
      onInit: async (payload) => {
        protectJobStatsGlobal(payload)
        await config.onInit?.(payload)
      },
      custom: { ...config.custom, boussole: settings },
    }
  }
