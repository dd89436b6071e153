import { checkTemplateValue } from '../../emulator/src/openapi/validateTemplateValue'
import { DEFAULT_TEMPLATES, KEYWORD_TYPES } from '@shared/settings'
import { chineseDate, keywordValue } from './keywordValue'
import { messagePayload } from './messageData'
import { outcomeOf } from './sendOutbox'

describe('keywordValue: within WeChat limits by construction', () => {
  it('truncates thing to 20 characters and strips control characters', () => {
    const long = '营业执照、身份证原件及复印件、\n经营场所证明、法定代表人任职文件、章程'
    const value = keywordValue('thing', long)
    expect([...value]).toHaveLength(20)
    expect(value.endsWith('…')).toBe(true)
    expect(value).not.toMatch(/[\n\r\t]/)
    expect(checkTemplateValue('thing', value)).toBeNull()
  })

  it('keeps name to 10 Chinese characters, phrase to 5', () => {
    expect(keywordValue('name', '欧阳·娜娜娜娜娜娜娜娜娜娜')).toBe('欧阳·娜娜娜娜娜娜娜')
    expect(keywordValue('name', 'Zhang San 3')).toBe('Zhang San')
    expect(keywordValue('phrase', '变更待审批中')).toBe('变更待审批')
    expect(keywordValue('phrase', 'ok!', '已取消')).toBe('已取消')
  })

  it('writes dates as 2026年10月2日 and times as 09:00', () => {
    expect(chineseDate('2026-10-02')).toBe('2026年10月2日')
    expect(keywordValue('date', '2026-10-02')).toBe('2026年10月2日')
    expect(keywordValue('time', '2026-10-02 9:05')).toBe('2026年10月2日 09:05')
    expect(keywordValue('time', '2026-10-02 08:30~2026-10-02 12:00')).toBe('2026年10月2日 08:30~2026年10月2日 12:00')
    expect(keywordValue('time', 'soon')).toBe('00:00')
  })

  it('never answers a value WeChat would refuse, whatever the input', () => {
    const inputs = ['', '  ', '\u0000\u0007', '张', 'a'.repeat(100), '中'.repeat(50), '2026-13-40', '13812345678', 'apt-0123456789abcdef01234567', '😀'.repeat(30)]
    for (const type of KEYWORD_TYPES) {
      for (const input of inputs) expect([type, input, checkTemplateValue(type, keywordValue(type, input))]).toEqual([type, input, null])
    }
  })
})

describe('messagePayload', () => {
  const items = new Map([
    ['item-001', { name: '个体工商户设立登记', materials: [{ name: '经营者身份证', copies: 1, form: 'original' as const }, { name: '经营场所证明', copies: 1, form: 'copy' as const }] }],
  ])
  const appointment = {
    id: 'apt-1',
    referenceNo: '2026-000123',
    itemIds: ['item-001'],
    applicant: { name: '张三', phone: '13812345678' },
    status: 'confirmed',
  } as never

  it('R11 fills the confirmation with the materials, the agreed time and the page link', () => {
    const payload = messagePayload(DEFAULT_TEMPLATES.confirmed!, {
      message: { appointmentId: 'apt-1', data: { date: '2026-10-02', time: '09:00', status: '已确认' } },
      appointment,
      items,
      window: { number: '2', name: '市场主体登记', location: '一楼东区' },
      seesPhone: true,
    })
    expect(payload.page).toBe('packages/citizen/pages/appointment/index?id=apt-1')
    expect(payload.data).toEqual({
      thing1: { value: '个体工商户设立登记' },
      time2: { value: '2026年10月2日 09:00' },
      thing3: { value: '一楼东区 2号窗口 市场主体登记' },
      thing4: { value: '经营者身份证、经营场所证明' },
      character_string5: { value: '2026-000123' }, // the reference number the citizen saw (R8), never the record's id
    })
  })

  it('shows the half day as a range before a time is agreed', () => {
    const payload = messagePayload(DEFAULT_TEMPLATES.dispatched!, {
      message: { appointmentId: 'apt-1', data: { date: '2026-10-02', halfDay: 'pm', status: '已派单' } },
      appointment,
      items,
      window: null,
      seesPhone: true,
    })
    expect(payload.data.time3.value).toBe('2026年10月2日 13:30~2026年10月2日 17:00')
    expect(payload.page).toBeUndefined()
  })
})

describe('outcomeOf: retry only where it can help', () => {
  it('does not retry 43101, 47003 or 40003', () => {
    for (const errCode of [43101, 47003, 40003]) {
      expect(outcomeOf([{ touser: 'o', ok: false, errCode, errMsg: 'x' }], 1, 0)).toMatchObject({ status: 'failed', errCode, retryable: false })
    }
  })

  it('retries system and network errors up to 3 attempts', () => {
    const delivery = { touser: 'o', ok: false, errCode: -1, errMsg: 'socket hang up' }
    expect(outcomeOf([delivery], 1, 0)).toMatchObject({ status: 'failed', retryable: true })
    expect(outcomeOf([delivery], 2, 0)).toMatchObject({ status: 'failed', retryable: true })
    expect(outcomeOf([delivery], 3, 0)).toMatchObject({ status: 'failed', retryable: false, errMsg: 'socket hang up' })
  })

  it('is sent when any recipient got it, failed with a reason when nobody can', () => {
    expect(outcomeOf([{ touser: 'a', ok: true }, { touser: 'b', ok: false, errCode: 43101 }], 1, 5)).toMatchObject({ status: 'sent', sentAt: 5 })
    expect(outcomeOf([], 1, 0)).toMatchObject({ status: 'failed', retryable: false, errMsg: 'no recipient with an OPENID' })
  })
})
