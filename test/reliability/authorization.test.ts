import {
  BEFORE_DEADLINE,
  CODES,
  COLUMNS,
  expectedCells,
  LATER_ON_HOLIDAY,
  ON_HOLIDAY,
  rowName,
  TABLE,
  WEEKEND_MORNING,
  type Column,
  type Phase,
  type Row,
} from './authorizationTable'
import { appointmentIn, completeService, startService, WHO, type Fixture } from './support/appointmentFixtures'
import { allActionNames } from './support/enumerateActions'
import { changesBetween, codeOf, startReliabilityCloud, type ReliabilityCloud } from './support/reliabilityCloud'

/**
 * Issue 8, authorization: every action × every caller, as one table (authorizationTable.ts),
 * through the emulator (identity only from the OPENID, roles only from the staff records:
 * docs/architecture.md). A refusal writes nothing. The table must name every action the
 * functions export, so a new action without a row fails here.
 */
let cloud: ReliabilityCloud
beforeAll(async () => {
  cloud = await startReliabilityCloud()
  await cloud.setClock(BEFORE_DEADLINE)
})
afterAll(() => cloud?.close())

const REFUSALS = new Set(['F', 'U', 'N'])
/** Every invite code tried counts against the caller's account, refused or not (issue 13, item 7): not a write of the refusal's. */
const notCountedAttempt = (change: string) => !change.slice(2).startsWith('redeemAttempts/')
const abbreviation = (code: string) => Object.entries(CODES).find(([, c]) => c === code)?.[0] ?? code

function openidOf(column: Column, fixture: Fixture | undefined): string | undefined {
  switch (column) {
    case 'anon':
      return undefined
    case 'owner':
      return fixture?.owner ?? WHO.zhang
    case 'citizen':
      return fixture ? WHO.zhang : WHO.liu
    case 'leader*':
      return WHO.otherLeader
    case 'staff*':
      return WHO.otherStaff
    default:
      return WHO[column as 'desk' | 'section' | 'leader' | 'staff' | 'admin']
  }
}

const callAs = (row: Row, column: Column, input: unknown, fixture: Fixture | undefined) =>
  column === 'none' ? cloud.callWithoutOpenid(row.fn, row.action, input) : cloud.call(row.fn, row.action, input, openidOf(column, fixture))

/**
 * Appointments made before the deadline, all at the start (four at a time): one per row
 * for its refusals and one per allowed call that may write. The holiday rows' ones are
 * confirmed for 09:00 and served later.
 */
const premade = new Map<Row, Fixture[]>()

const fixtureState = (row: Row) => (row.record === 'in_service' || row.record === 'completed' ? 'confirmed' : row.record!)

async function fixtureFor(row: Row): Promise<Fixture | undefined> {
  if (!row.record) return undefined
  const next = premade.get(row)?.shift()
  return next ?? appointmentIn(cloud, fixtureState(row), undefined, row.viaDesk ? 'desk' : undefined)
}

async function makeFixtures(): Promise<void> {
  const wanted = TABLE.filter((row) => row.record).flatMap((row) => {
    const needed = 1 + (row.reads ? 0 : COLUMNS.filter((c) => !REFUSALS.has(expectedCells(row)[c])).length)
    premade.set(row, [])
    return Array.from({ length: needed }, () => row)
  })
  await inParallel(wanted, 4, async (row) => void premade.get(row)!.push(await appointmentIn(cloud, fixtureState(row), undefined, row.viaDesk ? 'desk' : undefined)))
}

/** Runs `work` over `list`, at most `limit` at a time (the emulator runs 4 instances per function). */
async function inParallel<T>(list: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  await Promise.all(Array.from({ length: Math.min(limit, list.length) }, async () => {
    while (next < list.length) await work(list[next++])
  }))
}

/**
 * One row: the refusals at once on one record (nothing may change), then each allowed
 * cell on a record of its own (an allowed call may change it), at once too; a cell that
 * expects a domain refusal (C) runs alone, so that what it wrote can be told. Answers the
 * row as printed.
 */
async function runRow(row: Row): Promise<string> {
  const expected = expectedCells(row)
  const actual: Partial<Record<Column, string>> = {}
  const refused = COLUMNS.filter((c) => REFUSALS.has(expected[c]))
  const fixture = await fixtureFor(row)
  const input = await row.input(cloud, fixture, 'refusals')
  const before = cloud.fingerprint()
  const answers = await Promise.all(refused.map((c) => callAs(row, c, input, fixture)))
  const written = changesBetween(before, cloud.fingerprint()).filter(notCountedAttempt)
  refused.forEach((c, i) => (actual[c] = abbreviation(codeOf(answers[i]))))
  await inParallel(COLUMNS.filter((c) => expected[c] === 'ok'), 4, async (column) => {
    const own = row.reads ? fixture : await fixtureFor(row)
    actual[column] = abbreviation(codeOf(await callAs(row, column, await row.input(cloud, own, column), own)))
  })
  for (const column of COLUMNS.filter((c) => !REFUSALS.has(expected[c]) && expected[c] !== 'ok')) {
    const own = await fixtureFor(row)
    const ownInput = await row.input(cloud, own, column)
    const start = cloud.fingerprint()
    const answer = await callAs(row, column, ownInput, own)
    const changes = changesBetween(start, cloud.fingerprint()).filter(notCountedAttempt)
    actual[column] = abbreviation(codeOf(answer)) + (!answer.ok && changes.length ? '+WROTE' : '')
  }
  return line(rowName(row), COLUMNS.map((c) => actual[c] as string)) + (written.length ? `  WROTE ON REFUSAL: ${written.slice(0, 3).join(' ')}` : '')
}

const line = (name: string, cells: string[]) => `${name.padEnd(48)}${cells.map((c) => c.padEnd(8)).join('')}`.trimEnd()
const header = line('function action', [...COLUMNS])
const expectedLine = (row: Row) => line(rowName(row), COLUMNS.map((c) => expectedCells(row)[c]))
const inPhase = (phase: Phase) => TABLE.filter((row) => (row.phase ?? 'before') === phase)

describe('who may run what: every action × every caller (docs/architecture.md)', () => {
  it('lists every action the functions export, and no action they do not', () => {
    const listed = [...new Set(TABLE.map((row) => `${row.fn} ${row.action}`))].sort()
    expect({ missingFromTable: allActionNames().filter((a) => !listed.includes(a)) }).toEqual({ missingFromTable: [] })
    expect({ notExported: listed.filter((a) => !allActionNames().includes(a)) }).toEqual({ notExported: [] })
  })

  it('answers each cell as the table says, and writes nothing on a refusal', async () => {
    await makeFixtures()
    const actual: string[] = [header]
    for (const row of inPhase('before')) actual.push(await runRow(row))

    await cloud.setClock(ON_HOLIDAY)
    const served = [...premade].filter(([row]) => row.record === 'in_service' || row.record === 'completed')
    await inParallel(served.flatMap(([, fixtures]) => fixtures), 4, (f) => startService(cloud, f))
    await cloud.setClock(LATER_ON_HOLIDAY)
    await inParallel(served.filter(([row]) => row.record === 'completed').flatMap(([, fixtures]) => fixtures), 4, (f) => completeService(cloud, f))
    for (const row of inPhase('holiday')) actual.push(await runRow(row))
    await cloud.setClock(WEEKEND_MORNING)
    for (const row of [...inPhase('weekend'), ...inPhase('last')]) actual.push(await runRow(row))

    const expected = [header, ...(['before', 'holiday', 'weekend', 'last'] as const).flatMap((phase) => inPhase(phase).map(expectedLine))]
    console.log(`authorization table (ok allowed, F FORBIDDEN, U UNAUTHENTICATED, N NOT_FOUND, C CONFLICT):\n${actual.join('\n')}`)
    expect(actual).toEqual(expected)
  }, 170_000)
})
