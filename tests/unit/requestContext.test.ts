import { describe, expect, it } from '@jest/globals'

import { currentRequestId, requestLogFields, withRequestId } from '../../src/server/requestContext'

const tick = () => new Promise((resolve) => setTimeout(resolve, 5))

describe('the request id of log lines', () => {
  it('is absent outside a request (start-up, a worker’s job)', () => {
    expect(currentRequestId()).toBeUndefined()
    expect(requestLogFields()).toEqual({})
  })

  it('follows each request through its awaits, two requests served at once keeping their own', async () => {
    const serve = (id: string) =>
      withRequestId(id, async () => {
        await tick()
        const first = requestLogFields()
        await tick()
        return [first, requestLogFields()]
      })
    const [a, b] = await Promise.all([serve('req-a'), serve('req-b')])
    expect(a).toEqual([{ requestId: 'req-a' }, { requestId: 'req-a' }])
    expect(b).toEqual([{ requestId: 'req-b' }, { requestId: 'req-b' }])
    expect(currentRequestId()).toBeUndefined()
  })
})
