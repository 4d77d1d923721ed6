import { describe, expect, test } from '@jest/globals'

import { isCrossOriginPost, type PostOrigin } from '@/security/crossOriginPost'

const post = (origin: string | null, host: string | null = 'boussole.example', forwardedHost: string | null = null, method = 'POST'): PostOrigin => ({
  method,
  origin,
  host,
  forwardedHost,
})

describe('isCrossOriginPost', () => {
  test.each<[string, PostOrigin, boolean]>([
    ['same origin', post('https://boussole.example'), false],
    ['same origin, port kept', post('http://127.0.0.1:3000', '127.0.0.1:3000'), false],
    ['another port of the same host', post('http://127.0.0.1:4000', '127.0.0.1:3000'), true],
    ['another site', post('https://piege.example'), true],
    ['a sub-domain is another origin', post('https://evil.boussole.example'), true],
    ['host compared without case', post('https://Boussole.Example', 'boussole.example'), false],
    ['behind a proxy: the forwarded host counts', post('https://boussole.gouv.fr', '10.0.0.5:3000', 'boussole.gouv.fr'), false],
    ['behind a proxy: first forwarded host', post('https://boussole.gouv.fr', '10.0.0.5:3000', 'boussole.gouv.fr, proxy.internal'), false],
    ['behind a proxy, another origin', post('https://piege.example', '10.0.0.5:3000', 'boussole.gouv.fr'), true],
    ['Origin: null', post('null'), true],
    ['a malformed Origin', post('::::'), true],
    ['no Origin (left to Next.js)', post(null), false],
    ['no Host at all', post('https://boussole.example', null), true],
    ['a GET is never refused', post('https://piege.example', 'boussole.example', null, 'GET'), false],
    ['method in lower case', post('https://piege.example', 'boussole.example', null, 'post'), true],
  ])('%s', (_label, request, expected) => {
    expect(isCrossOriginPost(request)).toBe(expected)
  })
})
