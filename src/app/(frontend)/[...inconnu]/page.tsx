import { notFound } from 'next/navigation'

/** Any other address of the public site: the site's own 404 page (in its layout), not the framework's. */
export default function UnknownPage() {
  notFound()
}
