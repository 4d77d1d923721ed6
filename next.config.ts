import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { buildTimeHeaderRules } from './src/security/headers'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The production server (server.ts) compresses, after it has rewritten the public pages.
  compress: false,
  // The constant security headers on every route, the API included (src/security/headers.ts); the proxy
  // (src/proxy.ts) adds the per-request nonce policy of the pages and HSTS at run time.
  headers: async () => buildTimeHeaderRules(),
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
  turbopack: { root: path.resolve(dirname) },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
