import { isDatabaseUnavailable } from '../../src/database/databaseUnavailable'

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code })

describe('isDatabaseUnavailable', () => {
  it.each<[string, unknown, boolean]>([
    ['connection refused (server stopped)', withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'), true],
    ['connection reset', withCode('ECONNRESET'), true],
    ['terminated by the administrator (57P01)', withCode('57P01', 'terminating connection due to administrator command'), true],
    ['server starting up (57P03)', withCode('57P03', 'the database system is starting up'), true],
    ['connection failure (08006)', withCode('08006'), true],
    ['too many connections (53300)', withCode('53300'), true],
    ['pool connect timeout', new Error('timeout exceeded when trying to connect'), true],
    ['connection terminated unexpectedly', new Error('Connection terminated unexpectedly'), true],
    ['wrapped by drizzle in its cause', Object.assign(new Error('Failed query: select 1'), { cause: withCode('ECONNREFUSED') }), true],
    ['wrapped by GraphQL in its originalError', Object.assign(new Error('Une erreur est survenue.'), { originalError: withCode('57P01') }), true],
    ['several addresses tried (AggregateError)', new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')], ''), true],
    ['a unique violation (23505): the request’s fault', withCode('23505', 'duplicate key value violates unique constraint'), false],
    ['a syntax error (42601): the code’s fault', withCode('42601'), false],
    ['a validation error', new Error('Le champ est obligatoire'), false],
    ['nothing', undefined, false],
    ['a string', 'ECONNREFUSED', false],
  ])('%s → %s', (_label, error, expected) => {
    expect(isDatabaseUnavailable(error)).toBe(expected)
  })
})
