import { DEFAULT_SETTINGS } from '@shared/settings'
import type { OutboxMessage } from './outboxRepository'
import type { Database } from '../cloud'
import type { Grants } from './grantRepository'
import { NO_GRANT_MESSAGE, sendOutbox, type SendFn } from './sendOutbox'

/** Just enough of the SDK's database for the outbox: where (equality, lt, in), orderBy, limit, get, update, add. */
function fakeDb(collections: Record<string, Record<string, any>[]>): Database {
  const matches = (doc: Record<string, any>, query: Record<string, any>) =>
    Object.entries(query).every(([key, want]) => {
      const have = doc[key]
      if (want && typeof want === 'object' && '$lt' in want) return have < want.$lt
      if (want && typeof want === 'object' && '$in' in want) return want.$in.includes(have)
      return have === want
    })
  const collection = (name: string) => {
    const docs = (collections[name] ??= [])
    const query = (q: Record<string, any>) => {
      const chain = {
        orderBy: () => chain,
        skip: () => chain,
        limit: () => chain,
        get: async () => ({ data: docs.filter((d) => matches(d, q)).map((d) => structuredClone(d)) }),
        update: async ({ data }: { data: Record<string, any> }) => {
          const hit = docs.filter((d) => matches(d, q))
          for (const d of hit) Object.assign(d, structuredClone(data))
          return { stats: { updated: hit.length } }
        },
      }
      return chain
    }
    return { where: query, add: async ({ data }: { data: Record<string, any> }) => void docs.push(structuredClone(data)) }
  }
  return { collection, command: { lt: (v: unknown) => ({ $lt: v }), in: (v: unknown[]) => ({ $in: v }) } } as unknown as Database
}

/** Grants as `booking` `subscriptions.grant` records them: messages left per `openid:templateId`; a long-term one is only looked at. */
function fakeGrants(left: Record<string, number> | 'all'): Grants & { left: Record<string, number> } {
  const counts = left === 'all' ? {} : left
  return {
    left: counts,
    async take(openid, templateId, term) {
      if (left === 'all') return true
      const key = `${openid}:${templateId}`
      if (!counts[key]) return false
      if (term === 'one-time') counts[key]--
      return true
    },

    async giveBack(openid, templateId) {
      const key = `${openid}:${templateId}`
      counts[key] = (counts[key] ?? 0) + 1
    },
  }
}

const CONFIRM = DEFAULT_SETTINGS.templates.confirmed!.templateId

const message = (n: number): Omit<OutboxMessage, 'id'> & { _id: string } => ({
  _id: `msg-${n}`,
  template: 'confirmed',
  to: 'applicant',
  touser: `oCITIZEN_${n}`,
  appointmentId: `apt-${n}`,
  data: { date: '2026-10-02', time: '09:00', status: '已确认' },
  status: 'pending',
  attempts: 0,
  createdAt: n,
})

describe('sendOutbox', () => {
  it('retries network and system errors up to 3 attempts: every message ends sent or failed with a reason', async () => {
    const outbox = Array.from({ length: 10 }, (_, n) => message(n))
    const db = fakeDb({ outbox, appointments: [{ _id: 'apt-1', itemIds: [], applicant: { name: '张三', phone: '1' }, status: 'confirmed' }] })
    let calls = 0
    // Every other send fails as the network or WeChat's system does; citizen 9 never gets through.
    const send: SendFn = async ({ touser }) => {
      calls++
      if (touser === 'oCITIZEN_9' || calls % 2 === 0) throw Object.assign(new Error('system error'), { errCode: -1, errMsg: 'system error' })
    }
    for (let run = 0; run < 5; run++) await sendOutbox(db, DEFAULT_SETTINGS, send, 1000 + run, fakeGrants('all'))
    for (const m of outbox) {
      expect(m.attempts).toBeLessThanOrEqual(3)
      expect(['sent', 'failed']).toContain(m.status)
      if (m.status === 'failed') expect(m).toMatchObject({ errCode: -1, errMsg: 'system error', retryable: false, attempts: 3 })
    }
    expect(outbox.find((m) => m._id === 'msg-9')).toMatchObject({ status: 'failed', attempts: 3 })
    expect(outbox.filter((m) => m.status === 'sent').length).toBeGreaterThanOrEqual(8)
  })

  it('does not retry a refused grant, and marks a kind without template skipped', async () => {
    const outbox = [message(1), { ...message(2), template: 'completed' as const }]
    const db = fakeDb({ outbox })
    const send: SendFn = async () => {
      throw Object.assign(new Error('refused'), { errCode: 43101, errMsg: 'user refuse to accept the msg' })
    }
    await sendOutbox(db, DEFAULT_SETTINGS, send, 1, fakeGrants('all'))
    await sendOutbox(db, DEFAULT_SETTINGS, send, 2, fakeGrants('all'))
    expect(outbox[0]).toMatchObject({ status: 'failed', errCode: 43101, attempts: 1, retryable: false })
    expect(outbox[1]).toMatchObject({ status: 'skipped', attempts: 1 })
  })

  it('does not ask WeChat for a recipient who allowed nothing: the message ends skipped, no grant', async () => {
    const outbox = [message(1)]
    const send = jest.fn<Promise<unknown>, Parameters<SendFn>>()
    await sendOutbox(fakeDb({ outbox }), DEFAULT_SETTINGS, send, 1, fakeGrants({}))
    expect(send).not.toHaveBeenCalled()
    expect(outbox[0]).toMatchObject({ status: 'skipped', errCode: 43101, errMsg: NO_GRANT_MESSAGE, retryable: false, attempts: 1 })
  })

  it('uses one grant per message sent, and gives it back when the send never reached WeChat', async () => {
    const outbox = [message(1), message(2)]
    const grants = fakeGrants({ [`oCITIZEN_1:${CONFIRM}`]: 2, [`oCITIZEN_2:${CONFIRM}`]: 1 })
    const send: SendFn = async ({ touser }) => {
      if (touser === 'oCITIZEN_2') throw Object.assign(new Error('network'), { errCode: -1, errMsg: 'network' })
    }
    await sendOutbox(fakeDb({ outbox }), DEFAULT_SETTINGS, send, 1, grants)
    expect(outbox[0]).toMatchObject({ status: 'sent' })
    expect(outbox[1]).toMatchObject({ status: 'failed', retryable: true })
    expect(grants.left).toEqual({ [`oCITIZEN_1:${CONFIRM}`]: 1, [`oCITIZEN_2:${CONFIRM}`]: 1 })
  })
})

describe('sendOutbox: a message carries only the phone its recipient sees (canSeePhone, R9, R11)', () => {
  const PHONE = '13812348002'
  const staffOf = (id: string, roles: string[], windowId: string) => ({ _id: id, name: id, roles, windowId, openid: `o-${id}`, active: true, version: 1 })
  const dispatched = (n: number, windowId: string): Omit<OutboxMessage, 'id'> & { _id: string } => ({
    ...message(n),
    template: 'dispatched',
    to: 'window-staff',
    touser: null,
    windowId,
    appointmentId: 'apt-1',
  })

  it('sends the whole phone to the lead window leader only, no phone to its staff or the assisting window', async () => {
    const outbox = [dispatched(1, 'win-lead'), dispatched(2, 'win-assist')]
    const db = fakeDb({
      outbox,
      appointments: [{ _id: 'apt-1', itemIds: [], applicant: { name: '张三', phone: PHONE }, status: 'dispatched', leadWindowId: 'win-lead', assistingWindowIds: ['win-assist'] }],
      staff: [
        staffOf('lead-leader', ['leader', 'staff'], 'win-lead'),
        staffOf('lead-staff', ['staff'], 'win-lead'),
        staffOf('assist-leader', ['leader', 'staff'], 'win-assist'),
        staffOf('assist-staff', ['staff'], 'win-assist'),
      ],
    })
    const sent: Record<string, string> = {}
    const send: SendFn = async ({ touser, data }) => {
      sent[touser] = JSON.stringify(data)
    }
    await sendOutbox(db, DEFAULT_SETTINGS, send, 1, fakeGrants('all'))
    expect(Object.keys(sent).sort()).toEqual(['o-assist-leader', 'o-assist-staff', 'o-lead-leader', 'o-lead-staff'])
    expect(sent['o-lead-leader']).toContain(PHONE)
    for (const touser of ['o-lead-staff', 'o-assist-leader', 'o-assist-staff']) {
      expect([touser, sent[touser]]).toEqual([touser, expect.not.stringContaining(PHONE)])
      expect(JSON.parse(sent[touser]).phone_number5).toEqual({ value: '-' })
    }
  })
})

describe('sendOutbox: long-term templates and the mini-program version', () => {
  const DISPATCH = DEFAULT_SETTINGS.templates.dispatched!.templateId
  const toStaff = (n: number): Omit<OutboxMessage, 'id'> & { _id: string } => ({
    ...message(n),
    template: 'assigned',
    to: 'window-staff',
    touser: null,
    windowId: 'win-1',
    staffId: 'staff-1',
  })
  const staff = [{ _id: 'staff-1', name: '周萍', roles: ['staff'], windowId: 'win-1', openid: 'o-staff-1', active: true, version: 1 }]

  it('sends every message while a long-term grant is on, without using it up', async () => {
    const outbox = [toStaff(1), toStaff(2), toStaff(3)]
    const grants = fakeGrants({ [`o-staff-1:${DISPATCH}`]: 1 })
    const send = jest.fn<Promise<unknown>, Parameters<SendFn>>(async () => undefined)
    await sendOutbox(fakeDb({ outbox, staff }), DEFAULT_SETTINGS, send, 1, grants)
    expect(outbox.map((m) => m.status)).toEqual(['sent', 'sent', 'sent'])
    expect(grants.left).toEqual({ [`o-staff-1:${DISPATCH}`]: 1 })
  })

  it('keeps a long-term grant after WeChat answers 43101: the user may switch it back on in WeChat', async () => {
    const grants = fakeGrants({ [`o-staff-1:${DISPATCH}`]: 1 })
    const refuse: SendFn = async () => {
      throw Object.assign(new Error('refused'), { errCode: 43101, errMsg: 'user refuse to accept the msg' })
    }
    const first = [toStaff(1)]
    await sendOutbox(fakeDb({ outbox: first, staff }), DEFAULT_SETTINGS, refuse, 1, grants)
    expect(first[0]).toMatchObject({ status: 'failed', errCode: 43101, retryable: false })
    const send = jest.fn<Promise<unknown>, Parameters<SendFn>>(async () => undefined)
    const later = [toStaff(2)]
    await sendOutbox(fakeDb({ outbox: later, staff }), DEFAULT_SETTINGS, send, 2, grants)
    expect(send).toHaveBeenCalledTimes(1)
    expect(later[0]).toMatchObject({ status: 'sent' })
  })

  it('names the settings miniprogramState in every send, so a trial version gets its messages', async () => {
    const send = jest.fn<Promise<unknown>, Parameters<SendFn>>(async () => undefined)
    await sendOutbox(fakeDb({ outbox: [message(1), toStaff(2)], staff }), { ...DEFAULT_SETTINGS, miniprogramState: 'trial' }, send, 1, fakeGrants('all'))
    expect(send).toHaveBeenCalledTimes(2)
    for (const [params] of send.mock.calls) expect(params.miniprogramState).toBe('trial')
  })
})

describe('a claimed phone registration without a grant (R7, R11)', () => {
  const claimed = (channel: 'phone' | 'desk' | 'mini-program', phone: string) => ({
    _id: 'apt-1',
    itemIds: [],
    channel,
    applicant: { name: '王先生', phone },
    applicantOpenid: 'oCITIZEN_1',
    status: 'confirmed',
    date: '2026-10-02',
    agreedTime: '09:00',
  })
  const smsSender = () => {
    const sent: string[] = []
    const send = async (request: { phoneNumber: string }) => {
      sent.push(request.phoneNumber)
      return { code: 'Ok', message: 'send success' }
    }
    return Object.assign(send, { sent })
  }

  it('falls back to an SMS to the mobile the caller gave, and records the channel it went by', async () => {
    const outbox = [message(1)]
    const sms = smsSender()
    const wechat = jest.fn<Promise<unknown>, Parameters<SendFn>>(async () => undefined)
    await sendOutbox(fakeDb({ outbox, appointments: [claimed('phone', '13812345678')] }), DEFAULT_SETTINGS, wechat, 1, fakeGrants({}), sms as never)
    expect(wechat).not.toHaveBeenCalled()
    expect(sms.sent).toEqual(['+8613812345678'])
    expect(outbox[0]).toMatchObject({ status: 'sent', channel: 'sms', phone: '+8613812345678' })
  })

  it('does not text a mini-program applicant who chose not to be told, nor a landline', async () => {
    for (const appointment of [claimed('mini-program', '13812345678'), claimed('desk', '0533-3618118')]) {
      const outbox = [message(1)]
      const sms = smsSender()
      await sendOutbox(fakeDb({ outbox, appointments: [appointment] }), DEFAULT_SETTINGS, jest.fn(), 1, fakeGrants({}), sms as never)
      expect(sms.sent).toEqual([])
      expect(outbox[0]).toMatchObject({ status: 'skipped', errMsg: NO_GRANT_MESSAGE })
    }
  })
})
