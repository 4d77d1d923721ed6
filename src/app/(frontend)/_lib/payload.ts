import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/** The Payload Local API (no HTTP round trip): server components call the plugin's functions with it. */
export const payloadClient = (): Promise<Payload> => getPayload({ config })
