/* THIS FILE WAS GENERATED AUTOMATICALLY BY PAYLOAD (then: unknown addresses answer 404, see isKnownAdminRoute). */
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import config from '@payload-config'
import { generatePageMetadata, RootPage } from '@payloadcms/next/views'

import { isKnownAdminRoute } from '@/security/adminRoutes'

import { importMap } from '../importMap'

type Args = {
  params: Promise<{ segments: string[] }>
  searchParams: Promise<{ [key: string]: string | string[] }>
}

export const generateMetadata = ({ params, searchParams }: Args): Promise<Metadata> =>
  generatePageMetadata({ config, params, searchParams })

const Page = async ({ params, searchParams }: Args) => {
  const sanitized = await config
  const { segments } = await params
  const known = isKnownAdminRoute(segments ?? [], {
    routes: sanitized.admin.routes,
    views: sanitized.admin.components?.views,
    collections: sanitized.collections.map(({ slug }) => slug),
    globals: sanitized.globals.map(({ slug }) => slug),
    browseByFolder: Boolean(sanitized.folders && sanitized.folders.browseByFolder),
  })
  // Payload would redirect a visitor who is not signed in to the login page from any address.
  if (!known) notFound()
  return RootPage({ config, params, searchParams, importMap })
}

export default Page
