import { PAGE_NOT_FOUND_METADATA, PageNotFound } from '@/components/PageNotFound'

export const metadata = PAGE_NOT_FOUND_METADATA

/**
 * The 404 page rendered on the server, in the site's layout: the production server answers it, with status 404,
 * in place of Next.js's empty error shell (`src/server/notFoundShell.ts`). Not linked; never indexed.
 */
export default PageNotFound
