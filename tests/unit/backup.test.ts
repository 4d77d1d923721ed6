import { backupFileName, majorOfVersionLine, toolCandidates, toolMismatch, withoutPassword } from '../../src/database/backup'

describe('backups: finding the tools of the server’s version', () => {
  it.each([
    ['pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)', 15],
    ['pg_restore (PostgreSQL) 18.4', 18],
    ['pg_dump (PostgreSQL) 9.6.24', 9],
    ['command not found', null],
  ])('%s → %s', (line, major) => {
    expect(majorOfVersionLine(line)).toBe(major)
  })

  it('looks in PG_BIN_DIR, then Debian’s folder of that version, then the PATH', () => {
    expect(toolCandidates('pg_dump', 15, { PG_BIN_DIR: '/opt/pg/bin' })).toEqual(['/opt/pg/bin/pg_dump', '/usr/lib/postgresql/15/bin/pg_dump', 'pg_dump'])
    expect(toolCandidates('pg_restore', 18, {})).toEqual(['/usr/lib/postgresql/18/bin/pg_restore', 'pg_restore'])
  })

  it.each([
    ['the right version found', 15, [{ path: 'pg_dump', major: 15 }], null],
    [
      'only another version',
      18,
      [{ path: 'pg_dump', major: 15 }],
      'pg_dump de PostgreSQL 18 introuvable (trouvé : pg_dump (15)). Installez-le (Debian : apt-get install postgresql-client-18) ou indiquez son dossier dans PG_BIN_DIR.',
    ],
    [
      'nothing installed',
      15,
      [],
      'pg_dump de PostgreSQL 15 introuvable. Installez-le (Debian : apt-get install postgresql-client-15) ou indiquez son dossier dans PG_BIN_DIR.',
    ],
  ])('%s', (_label, server, found, expected) => {
    expect(toolMismatch('pg_dump', server, found)).toBe(expected)
  })
})

describe('backups: names and credentials', () => {
  it('names a backup after its UTC date and time', () => {
    expect(backupFileName(new Date('2026-12-04T10:15:30.123Z'))).toBe('boussole-20261204-101530.dump')
  })

  it.each([
    [
      'postgres://boussole:s%C3%A9cret%40x@db.example:5432/boussole?sslmode=require',
      'postgres://boussole@db.example:5432/boussole?sslmode=require',
      'sécret@x',
    ],
    ['postgres://localhost/boussole', 'postgres://localhost/boussole', null],
  ])('%s: the password leaves the command line', (input, url, password) => {
    expect(withoutPassword(input)).toEqual({ url, password })
  })
})
