import { getPayload, type Payload } from 'payload'

import config from '@payload-config'

/** The Payload Local API (no HTTP round trip): server components call the plugin's functions with it. */
export const payloadClient = (): Promise<Payload> => getPayload({ config })
