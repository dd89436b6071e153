import type { AppointmentView } from '@shared/appointments'
import { claimLine, readBackLines, spokenPhone } from './readBackLines'

const APPOINTMENT = {
  date: '2026-10-02',
  halfDay: 'am',
  applicant: { name: '王先生', phone: '13912345678' },
  channel: 'phone',
} as AppointmentView
const ITEM = {
  name: '个体工商户设立登记',
  materials: [
    { name: '经营者身份证', copies: 1, form: 'original' as const },
    { name: '经营场所使用证明', copies: 1, form: 'copy' as const, note: '租赁合同或房产证' },
  ],
  notes: '委托他人办理的需提供委托书',
}

describe('the desk reads back what it registered (R7, R11)', () => {
  it('R11 reads the item, the date and half-day, the phone in groups and every material', () => {
    expect(readBackLines(APPOINTMENT, [ITEM])).toEqual([
      '您好，已为您登记节假日预约。',
      '办理事项：个体工商户设立登记',
      '预约时间：2026年10月2日（周五）上午',
      '联系电话：139 1234 5678，请您核对。',
      '办理“个体工商户设立登记”请携带：',
      '1. 经营者身份证（1份 · 原件）',
      '2. 经营场所使用证明（1份 · 复印件），租赁合同或房产证',
      '注意：委托他人办理的需提供委托书',
      '管理科派单后，窗口工作人员会打电话与您确认具体时间，请保持电话畅通。',
      '如使用微信，可在本中心小程序“我的预约”中点“用手机号查找电话/窗口登记的预约”，找回本预约。',
    ])
  })

  it('R7 tells the caller the appointment is already in 我的预约 when the number was verified with WeChat, and says nothing of it for a landline', () => {
    const linked = { ...APPOINTMENT, timeline: [{ at: 1, by: 'applicant', byRole: 'applicant' as const, event: 'claim' as const, status: 'submitted' as const }] }
    expect(claimLine(linked)).toBe('该号码已通过微信验证，本预约已加入您微信小程序的“我的预约”，可在其中查看进度。')
    expect(readBackLines(linked, [ITEM]).at(-1)).toBe(claimLine(linked))
    expect(claimLine({ ...APPOINTMENT, applicant: { name: '王先生', phone: '0533-3612345' } })).toBeUndefined()
  })

  it('R7 reads the preferred time as people say it, and the reference number when there is one', () => {
    const lines = readBackLines({ ...APPOINTMENT, halfDay: undefined, preferredTime: '09:30' }, [ITEM], '2026-000123')
    expect(lines[1]).toBe('预约编号：2026-000123')
    expect(lines[3]).toBe('预约时间：2026年10月2日（周五）9:30左右')
    expect(lines.join('')).not.toMatch(/\d{4}-\d{2}-\d{2}|HH:mm/)
  })

  it('groups a mobile number as it is spoken, and leaves any other number as it is', () => {
    expect(spokenPhone('13812345678')).toBe('138 1234 5678')
    expect(spokenPhone('05333618118')).toBe('05333618118')
  })
})
