import { PAGE_NOT_FOUND_METADATA, PageNotFound } from '@/components/PageNotFound'

export const metadata = PAGE_NOT_FOUND_METADATA

/**
 * What `notFound()` shows. Next.js sends it as an empty error shell that React draws in the browser (this site's
 * root layout sits in a route group): the production server puts the server-rendered `/introuvable` in its place
 * (`src/server/notFoundShell.ts`), so that the page is there without JavaScript too.
 */
export default PageNotFound
