import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'

import { shortLinkTarget } from '@/plugins/boussole/server'

import { payloadClient } from '../../_lib/payload'

export const metadata: Metadata = { robots: { index: false } }

/** The short link of an SMS: leads to the signed page it stands for (follow-up answer, withdrawal); unknown codes are a 404. */
export default async function ShortLinkPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params
  const target = shortLinkTarget(await payloadClient(), code)
  if (!target) notFound()
  redirect(target)
}
