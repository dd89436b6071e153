import { changeSentence } from './changeSentence'

describe('a proposed change (R16)', () => {
  it('states a proposed change with its reason (R16)', () => {
    expect(changeSentence({ newDate: '2026-10-03', newTime: '10:00', reason: '材料需补正' })).toBe('改至 10月3日（周六） 10:00，原因：材料需补正')
    expect(changeSentence({ newTime: '14:00', reason: '窗口调整' })).toBe('改至 14:00，原因：窗口调整')
  })

  it('R16 says when the applicant asked to move their own appointment', () => {
    expect(changeSentence({ newTime: '15:00', reason: '临时有事', byApplicant: true })).toBe('申请人申请改期，改至 15:00，原因：临时有事')
  })
})
