import { statisticsCsvEndpoint } from './statisticsEndpoint'

/** The statistics endpoints (CSV exports of the dashboards' tables). */
export const statisticsEndpoints = [statisticsCsvEndpoint]
