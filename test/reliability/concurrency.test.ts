import { codeOf, startReliabilityCloud, type ReliabilityCloud } from './support/reliabilityCloud'

/**
 * Issue 8, concurrency: 200 `appointments.request` calls from 50 citizens for 国庆 2026,
 * fired at once, with the same requestId sent twice at once and retried afterwards
 * (docs/lessons.md: double booking, one person booking many slots). Every acknowledged request
 * exists exactly once, the per-applicant cap (perApplicantCap, default 3) holds for every
 * citizen, nothing acknowledged is lost and no refusal is INTERNAL.
 */
const CITIZENS = 50
const CAP = 3
const HOLIDAY_DATES = ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07']
const DOMAIN_REFUSALS = ['LIMIT_REACHED', 'CONFLICT', 'BOOKING_CLOSED']

let cloud: ReliabilityCloud
beforeAll(async () => {
  cloud = await startReliabilityCloud()
  await cloud.setClock('2026-09-24T10:00:00+08:00')
})
afterAll(() => cloud?.close())

interface Sent {
  openid: string
  input: { requestId: string; itemIds: string[]; date: string; halfDay: 'am' | 'pm'; applicant: { name: string; phone: string } }
}

/**
 * A client that retries as the mini-program does when the call itself fails (timeout,
 * HTTP error): the same input, so the same requestId. Answers the function's answer.
 */
async function callWithRetry({ openid, input }: Sent): Promise<any> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await cloud.call('booking', 'appointments.request', input, openid)
    } catch (error) {
      if (attempt === 5) throw error
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt))
    }
  }
}

/**
 * Citizen i has 3 requests (the cap) when i is even, 4 (one over) when odd. The first
 * request is sent twice in the storm (a double tap); the storm holds 200 calls.
 */
function plan(): { storm: Sent[]; logical: Sent[] } {
  const storm: Sent[] = []
  const logical: Sent[] = []
  for (let i = 0; i < CITIZENS; i++) {
    const openid = `oREL_storm_${String(i).padStart(2, '0')}`
    const count = i % 2 === 0 ? CAP : CAP + 1
    const mine = Array.from({ length: count }, (_, k) => ({
      openid,
      input: {
        requestId: `storm-${i}-${k}-${Date.now().toString(36)}`,
        itemIds: [k % 2 === 0 ? 'item-006' : 'item-001'],
        date: HOLIDAY_DATES[(i + k) % HOLIDAY_DATES.length],
        halfDay: k % 2 === 0 ? ('am' as const) : ('pm' as const),
        applicant: { name: `市民${i}`, phone: `139${String(10000000 + i).slice(-8)}` },
      },
    }))
    logical.push(...mine)
    // even: 3 requests + a double tap of the first = 4 calls; odd: 4 requests = 4 calls
    storm.push(...(count === CAP ? [mine[0], ...mine] : mine))
  }
  return { storm, logical }
}

describe('200 simultaneous holiday requests from 50 citizens (R6, perApplicantCap)', () => {
  it('keeps every acknowledged request exactly once, holds the cap, loses nothing and never answers INTERNAL', async () => {
    const { storm, logical } = plan()
    expect(storm).toHaveLength(200)
    // the storm, in an order that mixes citizens, then every request retried at once with a copy
    const shuffled = storm.map((s, i) => ({ s, key: (i * 7919) % storm.length })).sort((a, b) => a.key - b.key).map(({ s }) => s)
    const first = await Promise.all(shuffled.map((s) => callWithRetry(s).then((answer) => ({ sent: s, answer }))))
    const retries = await Promise.all([...logical, ...logical.filter((_, i) => i % 3 === 0)].map((s) => callWithRetry(s).then((answer) => ({ sent: s, answer }))))
    const answers = [...first, ...retries]

    const refusals = answers.filter(({ answer }) => !answer.ok).map(({ answer }) => codeOf(answer))
    expect(refusals.filter((code) => !DOMAIN_REFUSALS.includes(code))).toEqual([])

    const stored = (await cloud.dump('appointments')).filter((a) => String(a.applicantOpenid).startsWith('oREL_storm_'))
    // exactly once per requestId
    const byRequest = new Map<string, any[]>()
    for (const a of stored) byRequest.set(`${a.applicantOpenid}/${a.requestId}`, [...(byRequest.get(`${a.applicantOpenid}/${a.requestId}`) ?? []), a])
    expect([...byRequest.entries()].filter(([, docs]) => docs.length !== 1).map(([key]) => key)).toEqual([])

    // every acknowledged answer is stored, under the one id its requestId always answers
    for (const { sent, answer } of answers.filter(({ answer }) => answer.ok)) {
      const [doc] = byRequest.get(`${sent.openid}/${sent.input.requestId}`) ?? []
      expect({ requestId: sent.input.requestId, id: doc?._id }).toEqual({ requestId: sent.input.requestId, id: answer.data.appointment.id })
    }

    // the cap holds for everyone, and is reached by each: a refusal never leaves a place unused
    const perCitizen = new Map<string, number>()
    for (const a of stored) perCitizen.set(a.applicantOpenid, (perCitizen.get(a.applicantOpenid) ?? 0) + 1)
    expect(perCitizen.size).toBe(CITIZENS)
    expect([...perCitizen.values()].every((n) => n === CAP)).toBe(true)

    // a refused request is refused every time it is sent, and an acknowledged one never refused
    const outcomes = new Map<string, Set<string>>()
    for (const { sent, answer } of answers) outcomes.set(sent.input.requestId, new Set([...(outcomes.get(sent.input.requestId) ?? []), answer.ok ? 'ok' : codeOf(answer)]))
    expect([...outcomes.entries()].filter(([, seen]) => seen.size !== 1)).toEqual([])
    expect(refusals.length).toBeGreaterThanOrEqual(CITIZENS / 2)

    // the ledgers hold exactly the stored appointments
    const ledgers = (await cloud.dump('appointmentCaps')).filter((l) => stored.some((a) => a.capLedgerId === l._id))
    const held = ledgers.flatMap((l) => l.ids).sort()
    expect(held).toEqual(stored.map((a) => a._id).sort())
  }, 150_000)
})
