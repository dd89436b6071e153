import { emulatorSdk } from '../support/emulatorSdk'
import { startCloud, type Cloud } from '../support/cloud'

/**
 * Reference numbers (预约编号, R8), the paper signature (R19) and filing
 * (归档, R19) on the emulator, through the real wx-server-sdk.
 */
const ZHANG = 'oEXAMPLE_citizen_zhang'
const DESK = 'oEXAMPLE_desk_zhao'
const SECTION = 'oEXAMPLE_section_li'
const STAFF = 'oEXAMPLE_scjg_staff'
const OTHER_STAFF = 'oEXAMPLE_rs_staff'

let cloud: Cloud
beforeAll(async () => {
  cloud = await startCloud()
  await cloud.setClock('2026-09-30T10:00:00+08:00')
}, 60_000)
afterAll(() => cloud?.close())

let seq = 0
const newRequestId = () => `rec-${Date.now().toString(36)}-${++seq}`
const request = (overrides: Record<string, unknown> = {}) => ({
  requestId: newRequestId(),
  itemIds: ['item-006'],
  date: '2026-10-02',
  halfDay: 'am',
  applicant: { name: '王老汉', phone: '13900002222' },
  ...overrides,
})
const stored = async (id: string) => (await cloud.dump('appointments')).find((a) => a._id === id)
const sequenceOf = (referenceNo: string) => Number(referenceNo.split('-')[1])

/** A phone registration by the desk, served by window 2 (周萍): what a paper signature follows. */
async function servedByPhone(phone: string, status = 'completed'): Promise<{ id: string; version: number; referenceNo: string }> {
  const answer = await cloud.call('booking', 'appointments.request', request({ channel: 'phone', applicant: { name: '王老汉', phone } }), DESK)
  expect(answer.ok).toBe(true)
  const { id, referenceNo } = answer.data.appointment
  await emulatorSdk(cloud)
    .database()
    .collection('appointments')
    .doc(id)
    .update({
      data: {
        status,
        version: 5,
        leadWindowId: 'win-02',
        parts: [{ windowId: 'win-02', role: 'lead', confirmedAt: Date.parse('2026-09-30T11:00:00+08:00') }],
        assignedStaffId: 'staff-scjg-1',
        agreedTime: '09:30',
        outcome: { result: '营业执照已发放', startedAt: Date.parse('2026-10-02T09:30:00+08:00'), endedAt: Date.parse('2026-10-02T10:00:00+08:00'), minutes: 30 },
      },
    })
  return { id, version: 5, referenceNo }
}

describe('reference number (R8)', () => {
  it('R8 gives 20 simultaneous requests 20 distinct consecutive numbers of the Beijing year', async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => cloud.call('booking', 'appointments.request', request({ applicant: { name: '并发', phone: `1380000${String(i).padStart(4, '0')}` }, channel: 'phone' }), DESK)),
    )
    expect(answers.every((a) => a.ok)).toBe(true)
    const numbers: string[] = answers.map((a) => a.data.appointment.referenceNo)
    expect(numbers.every((n) => /^2026-\d{6}$/.test(n))).toBe(true)
    expect(new Set(numbers).size).toBe(20)
    const sequences = numbers.map(sequenceOf).sort((a, b) => a - b)
    expect(sequences).toEqual(Array.from({ length: 20 }, (_, i) => sequences[0] + i))
    // what is stored is what was answered
    for (const answer of answers) expect((await stored(answer.data.appointment.id)).referenceNo).toBe(answer.data.appointment.referenceNo)
  }, 60_000)

  it('R8 answers the same number to a repeated request, and the next request the next number', async () => {
    const first = request()
    const a = await cloud.call('booking', 'appointments.request', first, ZHANG)
    const again = await cloud.call('booking', 'appointments.request', first, ZHANG)
    expect(again.data.appointment.referenceNo).toBe(a.data.appointment.referenceNo)
    const b = await cloud.call('booking', 'appointments.request', request({ halfDay: 'pm' }), ZHANG)
    expect(sequenceOf(b.data.appointment.referenceNo)).toBe(sequenceOf(a.data.appointment.referenceNo) + 1)
    const mine = await cloud.call('booking', 'appointments.mine', {}, ZHANG)
    expect(mine.data.appointments.map((x: any) => x.referenceNo)).toEqual(expect.arrayContaining([a.data.appointment.referenceNo, b.data.appointment.referenceNo]))
  })

  it('R8 numbers a request made at 00:30 on 1 January in the new year (Beijing time, the functions run in UTC)', async () => {
    await cloud.setClock('2027-01-01T00:30:00+08:00')
    try {
      const answer = await cloud.call('booking', 'appointments.request', request({ date: '2027-02-07' }), ZHANG)
      if (answer.ok) expect(answer.data.appointment.referenceNo).toMatch(/^2027-\d{6}$/)
      else expect(answer.error.code).toMatch(/NOT_A_HOLIDAY|CALENDAR_UNKNOWN|BOOKING_CLOSED/)
    } finally {
      await cloud.setClock('2026-09-30T10:00:00+08:00')
    }
  })

  it('R8 keeps showing a record made before numbering, without a number', async () => {
    const answer = await cloud.call('booking', 'appointments.request', request({ halfDay: 'pm', applicant: { name: '旧记录', phone: '13900003333' } }), 'oTEST_old_record')
    const id = answer.data.appointment.id
    await emulatorSdk(cloud).database().collection('appointments').doc(id).update({ data: { referenceNo: emulatorSdk(cloud).database().command.remove() } })
    const got = await cloud.call('booking', 'appointments.get', { appointmentId: id }, 'oTEST_old_record')
    expect(got.ok).toBe(true)
    expect(got.data.appointment.referenceNo).toBeUndefined()
    expect((await cloud.call('section', 'records.form', { appointmentId: id }, SECTION)).ok).toBe(true)
  })
})

describe('paper signature (R19)', () => {
  it('R19 refuses a wrong serial number with a Chinese message and changes nothing', async () => {
    const { id, version } = await servedByPhone('13900004444')
    const before = await stored(id)
    const answer = await cloud.call('counter', 'appointments.paperSign', { appointmentId: id, version, requestId: newRequestId(), formNo: '2026-999999' }, STAFF)
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORM_NUMBER_MISMATCH', message: expect.stringContaining('登记表编号') } })
    expect(await stored(id)).toEqual(before)
  })

  it('R19 records the signed form as the applicant\'s confirmation, with the way and the serial number', async () => {
    const { id, version, referenceNo } = await servedByPhone('13900005555')
    const answer = await cloud.call('counter', 'appointments.paperSign', { appointmentId: id, version, requestId: newRequestId(), formNo: referenceNo }, STAFF)
    expect(answer.ok).toBe(true)
    expect(answer.data.appointment).toMatchObject({ status: 'acknowledged', paperSignature: { by: 'staff-scjg-1', formNo: referenceNo, onRequest: false } })
    expect(await stored(id)).toMatchObject({ status: 'acknowledged', acknowledgedAt: expect.any(Number), paperSignature: { formNo: referenceNo } })
    const form = await cloud.call('section', 'records.form', { appointmentId: id }, SECTION)
    expect(form.data.html).toContain('纸质登记表')
  })

  it('R19 is not for staff of another window, nor for the applicant', async () => {
    const { id, version, referenceNo } = await servedByPhone('13900006666')
    const input = { appointmentId: id, version, requestId: newRequestId(), formNo: referenceNo }
    expect((await cloud.call('counter', 'appointments.paperSign', input, OTHER_STAFF)).error.code).toBe('NOT_FOUND')
    expect((await cloud.call('counter', 'appointments.paperSign', input, ZHANG)).error.code).toBe('FORBIDDEN')
    expect((await stored(id)).status).toBe('completed')
  })
})

describe('filing (归档, R19)', () => {
  it('R19 lists served unfiled records, files a batch with consecutive archive numbers distinct from reference numbers, and files each once', async () => {
    const records = [await servedByPhone('13900007771'), await servedByPhone('13900007772', 'acknowledged'), await servedByPhone('13900007773')]
    const listed = await cloud.call('section', 'records.unfiled', { limit: 50 }, SECTION)
    expect(listed.ok).toBe(true)
    const ids = listed.data.items.map((e: any) => e.appointment.id)
    for (const r of records) expect(ids).toContain(r.id)
    expect(listed.data.items.find((e: any) => e.appointment.id === records[0].id)).toMatchObject({ items: [{ name: expect.any(String) }], overdue: false })

    const requestId = newRequestId()
    const filed = await cloud.call('section', 'records.file', { requestId, box: '2026年国庆第1盒', records: records.map(({ id, version }) => ({ appointmentId: id, version })) }, SECTION)
    expect(filed.ok).toBe(true)
    expect(filed.data.refused).toEqual([])
    const archiveNos: string[] = filed.data.filed.map((a: any) => a.filing.archiveNo)
    expect(archiveNos.every((n) => /^2026-G-\d{4}$/.test(n))).toBe(true)
    const seqs = archiveNos.map((n) => Number(n.split('-')[2]))
    expect(seqs).toEqual([seqs[0], seqs[0] + 1, seqs[0] + 2])
    expect(filed.data.filed[0].filing).toMatchObject({ box: '2026年国庆第1盒', by: 'staff-section' })
    expect(filed.data.filed.map((a: any) => a.status)).toEqual(['completed', 'acknowledged', 'completed'])

    const after = await cloud.call('section', 'records.unfiled', { limit: 50 }, SECTION)
    for (const r of records) expect(after.data.items.map((e: any) => e.appointment.id)).not.toContain(r.id)

    // the same records again: refused one by one, with the number they were filed under
    const again = await cloud.call('section', 'records.file', { requestId: newRequestId(), records: filed.data.filed.map((a: any) => ({ appointmentId: a.id, version: a.version })) }, SECTION)
    expect(again.data.filed).toEqual([])
    expect(again.data.refused.map((r: any) => r.code)).toEqual(['ALREADY_FILED', 'ALREADY_FILED', 'ALREADY_FILED'])
    expect(again.data.refused[0].message).toContain(archiveNos[0])
  })

  it('R19 refuses a record not yet served and files the rest of the batch', async () => {
    const served = await servedByPhone('13900008881')
    const open = await cloud.call('booking', 'appointments.request', request({ channel: 'phone', applicant: { name: '未办结', phone: '13900008882' } }), DESK)
    const answer = await cloud.call(
      'section',
      'records.file',
      { requestId: newRequestId(), records: [{ appointmentId: open.data.appointment.id, version: 1 }, { appointmentId: served.id, version: served.version }] },
      SECTION,
    )
    expect(answer.data.refused).toEqual([{ appointmentId: open.data.appointment.id, code: 'INVALID_TRANSITION', message: expect.stringContaining('不能归档') }])
    expect(answer.data.filed.map((a: any) => a.id)).toEqual([served.id])
    expect((await stored(open.data.appointment.id)).filing).toBeUndefined()
  })

  it('R19 is the section\'s alone, and says so in Chinese for an empty batch', async () => {
    expect((await cloud.call('section', 'records.file', { requestId: newRequestId(), records: [] }, SECTION)).error).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('请至少选择') })
    expect((await cloud.call('section', 'records.unfiled', {}, STAFF)).error.code).toBe('FORBIDDEN')
  })

  it('R19 counts a record left unfiled past filingDueDays in the supervision report', async () => {
    const record = await servedByPhone('13900009991')
    await cloud.setClock('2026-10-20T10:00:00+08:00')
    try {
      const report = await cloud.call('supervision', 'supervision.report', { from: '2026-10-01', to: '2026-10-31' }, SECTION)
      expect(report.ok).toBe(true)
      const win = report.data.windows.find((w: any) => w.windowId === 'win-02')
      expect(win.counts.unfiledOverdue).toBeGreaterThanOrEqual(1)
      const listed = await cloud.call('section', 'records.unfiled', { limit: 50 }, SECTION)
      expect(listed.data.items.find((e: any) => e.appointment.id === record.id).overdue).toBe(true)
    } finally {
      await cloud.setClock('2026-09-30T10:00:00+08:00')
    }
  })
})
