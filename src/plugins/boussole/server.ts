/**
 * What the application (pages, back office, collections, seed) may call in the Boussole plugin: its one
 * server-side entry besides `index.ts` (the config). Everything else in the plugin is internal (`npm run lint`
 * refuses an import of it from outside the plugin).
 */
export { logContactAccess } from './accessLog/logContactAccess'
export { searchCommunes, type CommuneResult } from './geo/searchCommunes'
export { themesForCommune, type CommuneTheme, type CommuneThemes, type InfoJeunesStructure } from './geo/themesForCommune'
export { BoussoleApiError, type ApiError } from './core/errors'
export { SENT_MESSAGES_SLUG } from './jobs/SentMessages'
export { queueEmail } from './jobs/queueEmail'
export { parseLeadId } from './leads/leadAccessByLink'
export { loadLeadSummary, type LeadSummary } from './leads/leadSummary'
export { leadToken, verifyLeadToken, type LinkPurpose } from './leads/signatures'
export { submitLead } from './leads/submitLead'
export { matchOffers, resolveMatchContext, type MatchContext, type MatchResult, type MatchedOffer } from './matching/matchOffers'
export { OFFER_ACTIONS, changeOfferStatus, duplicateOffer, publishOffer, sendBackOffer, type OfferAction } from './offers/offerWorkflow'
export { getSettings, now, type BoussoleSettings } from './core/options'
export { ERASED_DATA, ERASED_DONE, KEPT_DATA, accessLogSentence, erasureNotice, retentionSentence } from './retention/privacyNotice'
export { withdrawLead } from './leads/withdrawLead'
export { followUpAsked, isNotAskedYet, recordFollowUp } from './sla/recordFollowUp'
export { loadNames, type Viewer } from './statistics/loadRows'
export { loadNetworkStatus } from './statistics/network'
export { buildStatisticsReport, type StatisticsReport } from './statistics/report'
export { shortLinkTarget, statusPath } from './leads/leadLinks'
export { closeByYoungPerson, type ClosedByYoungPerson } from './leads/closeByYoungPerson'
export { loadRequestStatus, requestAlternatives, type PartnerPublicContact, type RequestAlternatives, type RequestStatus } from './leads/requestStatus'
export { requestOtherOffer } from './leads/requestOtherOffer'
