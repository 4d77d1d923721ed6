import { describe, expect, it } from '@jest/globals'

import { addressBucket, clientAddress, parseTrustProxy, PEER_ADDRESS_HEADER, peerAddress, peerAddressHeaderValue } from '../../src/security/clientIp'

const headers = (forwarded?: string) => new Headers(forwarded === undefined ? {} : { 'X-Forwarded-For': forwarded })

describe('clientAddress', () => {
  // [TRUST_PROXY, socket peer, X-Forwarded-For, expected client address]
  const cases: Array<[string | undefined, string | null, string | undefined, string | null]> = [
    // No proxy: the socket's address, whatever the client writes in the header.
    [undefined, '203.0.113.9', undefined, '203.0.113.9'],
    [undefined, '203.0.113.9', '198.51.100.1', '203.0.113.9'],
    ['false', '203.0.113.9', '198.51.100.1, 10.0.0.1', '203.0.113.9'],
    ['0', '::ffff:203.0.113.9', '198.51.100.1', '203.0.113.9'],
    // One proxy (`true`, the historical meaning, or `1`): the right-most entry, never the left-most one.
    ['true', '10.0.0.2', '203.0.113.7', '203.0.113.7'],
    ['true', '10.0.0.2', '198.51.100.1, 203.0.113.7', '203.0.113.7'],
    ['1', '10.0.0.2', 'forged, 1.2.3.4, 203.0.113.7', '203.0.113.7'],
    ['1', '10.0.0.2', undefined, '10.0.0.2'],
    // Two proxies in front.
    ['2', '10.0.0.2', '198.51.100.1, 203.0.113.7, 10.0.0.3', '203.0.113.7'],
    // Trusted addresses/subnets: hops are believed only while they come from a trusted proxy.
    ['10.0.0.0/8', '10.0.0.2', '198.51.100.1, 203.0.113.7, 10.0.0.3', '203.0.113.7'],
    ['10.0.0.0/8', '203.0.113.50', '198.51.100.1', '203.0.113.50'],
    ['loopback', '127.0.0.1', '198.51.100.1, 203.0.113.7', '203.0.113.7'],
    ['loopback, 10.0.0.0/8', '::1', '2001:db8::5', '2001:db8::5'],
    // Garbage passed on by a trusted proxy counts with the peer, never as « unknown ».
    ['1', '10.0.0.2', 'not-an-address', '10.0.0.2'],
    ['1', '10.0.0.2', '', '10.0.0.2'],
    // No peer address (not through this process's HTTP server): unknown.
    [undefined, null, '198.51.100.1', null],
    ['true', null, '198.51.100.1', null],
  ]
  it.each(cases)('TRUST_PROXY=%s, peer %s, X-Forwarded-For %s → %s', (trust, peer, forwarded, expected) => {
    expect(clientAddress(headers(forwarded), { peer, trust: parseTrustProxy(trust) })).toBe(expected)
  })

  it('refuses a TRUST_PROXY it cannot understand', () => {
    expect(() => parseTrustProxy('yes please')).toThrow(/TRUST_PROXY/)
  })
})

describe('peerAddress (the private header stamped by src/instrumentation.ts)', () => {
  it('reads the address stamped by this process', () => {
    expect(peerAddress(new Headers({ [PEER_ADDRESS_HEADER]: peerAddressHeaderValue('203.0.113.9') }))).toBe('203.0.113.9')
  })
  it.each([
    ['absent', undefined],
    ['sent by the client without the process nonce', '203.0.113.9'],
    ['with a wrong nonce', 'guessed 203.0.113.9'],
    ['not an address', `${peerAddressHeaderValue('x').split(' ')[0]} evil`],
    ['with extra parts', `${peerAddressHeaderValue('203.0.113.9')} 1.2.3.4`],
  ])('ignores a header %s', (_case, value) => {
    expect(peerAddress(new Headers(value === undefined ? {} : { [PEER_ADDRESS_HEADER]: value }))).toBeNull()
  })
})

describe('addressBucket', () => {
  it.each([
    ['203.0.113.9', '203.0.113.9'],
    ['2001:db8:1:2:aaaa::1', '2001:db8:1:2::/64'],
    ['2001:db8:1:2:ffff:ffff:ffff:ffff', '2001:db8:1:2::/64'],
    ['::1', '0:0:0:0::/64'],
  ])('%s counts as %s', (address, bucket) => {
    expect(addressBucket(address)).toBe(bucket)
  })
})
