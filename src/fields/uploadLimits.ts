import { APIError, type CollectionBeforeValidateHook } from 'payload'

import { formatRounded } from '@/domain/shared/frenchText'

/**
 * Upload size limits. Each upload collection has its own (`limitUploadSize`), checked on the size Payload
 * measured for the incoming file — whatever the way in: multipart REST, the admin, the Local API's `file`,
 * a pasted URL — before anything is written. The multipart parser itself stops reading at the largest of
 * them (`UPLOAD_PARSER_LIMITS`, in `payload.config.ts`), so a huge body is never held in memory.
 */

const MB = 1024 * 1024

export const UPLOAD_LIMITS = {
  /** partner logos and other public images */
  media: 2 * MB,
  /** signed partnership charters (PDF scans) */
  charters: 10 * MB,
} as const

export const MAX_UPLOAD_BYTES = Math.max(...Object.values(UPLOAD_LIMITS))

/** `1,5 Mo`, `2 Mo`, `800 ko` — French units, as people read them. */
export function formatSize(bytes: number): string {
  if (bytes >= MB) return `${formatRounded(bytes / MB)} Mo`
  return `${formatRounded(Math.max(1, Math.round(bytes / 1024)))} ko`
}

export function uploadTooLargeMessage(limit: number, size?: number): string {
  // the size only when it reads differently from the limit (not « (2 Mo) : 2 Mo au maximum »)
  const measured = size && formatSize(size) !== formatSize(limit) ? ` (${formatSize(size)})` : ''
  return `Le fichier est trop volumineux${measured} : ${formatSize(limit)} au maximum.`
}

/** `null` when a file of `size` bytes is accepted under `limit`, otherwise the message. */
export function uploadSizeProblem(size: unknown, limit: number): string | null {
  if (typeof size !== 'number' || !Number.isFinite(size)) return null
  return size > limit ? uploadTooLargeMessage(limit, size) : null
}

/** Options of Payload's multipart parser (`config.upload`): a clean 413 in French past the largest limit. */
export const UPLOAD_PARSER_LIMITS = {
  limits: { fileSize: MAX_UPLOAD_BYTES },
  abortOnLimit: true,
  responseOnLimit: uploadTooLargeMessage(MAX_UPLOAD_BYTES),
  // the file and a few form fields; past it the parser stops reading (the file limit, with the message
  // above, is reached first)
  requestSizeLimit: MAX_UPLOAD_BYTES + 4 * MB,
}

/** A collection hook refusing a new file larger than `limit` (413, French message). */
export const limitUploadSize =
  (limit: number): CollectionBeforeValidateHook =>
  ({ data, originalDoc, req }) => {
    // The incoming file, or the size Payload measured for a new one (e.g. fetched from a pasted URL);
    // an unchanged `filesize` sent back with other changes is not a new file.
    const measured = data?.filesize !== originalDoc?.filesize ? data?.filesize : undefined
    const size = req.file?.size ?? measured
    const problem = uploadSizeProblem(size, limit)
    if (problem) throw new APIError(problem, 413, null, true)
    return data
  }
