import type { Config } from 'payload'

import { ContactAccesses } from './accessLog/ContactAccesses'
import { withCacheInvalidation } from './cache/invalidationHooks'
import { Searches } from './collections/Searches'
import { followUpEndpoint, submitLeadEndpoint, withdrawLeadEndpoint } from './http/leadEndpoints'
import { communeThemesEndpoint, communesEndpoint, matchEndpoint, questionnaireEndpoint } from './http/readEndpoints'
import { boussoleJobs, protectJobStatsGlobal } from './jobs/jobsConfig'
import { SentEmails } from './jobs/SentEmails'
import { exportEndpoints } from './exports/endpoints'
import { importEndpoints } from './imports/endpoints'
import { openDataEndpoints } from './openData/endpoints'
import { sanitizeOptions, type BoussolePluginOptions } from './options'
import { statisticsEndpoints } from './statistics'

export type { BoussolePluginOptions } from './options'

/**
 * The Boussole plugin: commune search, questionnaire engine and matching, lead intake and routing,
 * SLA reminders and escalation, outcomes and data retention. This file only wires; the logic lives in
 * geo/, questionnaire/, matching/, leads/, sla/, retention/ and jobs/.
 */
export const boussolePlugin =
  (options: BoussolePluginOptions = {}) =>
  (config: Config): Config => {
    const settings = sanitizeOptions(options)
    return {
      ...config,
      collections: withCacheInvalidation([...(config.collections ?? []), Searches, SentEmails, ContactAccesses]),
      endpoints: [
        ...(config.endpoints ?? []),
        communesEndpoint,
        communeThemesEndpoint,
        questionnaireEndpoint,
        matchEndpoint,
        submitLeadEndpoint,
        followUpEndpoint,
        withdrawLeadEndpoint,
        ...statisticsEndpoints,
        ...openDataEndpoints, ...exportEndpoints, ...importEndpoints,
      ],
      jobs: boussoleJobs(config, settings),
      onInit: async (payload) => {
        protectJobStatsGlobal(payload)
        await config.onInit?.(payload)
      },
      custom: { ...config.custom, boussole: settings },
    }
  }
