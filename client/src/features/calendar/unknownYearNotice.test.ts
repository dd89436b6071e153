import { unknownYearNotice } from './unknownYearNotice'

describe('the year whose notice is not entered', () => {
  it("names next year when only December's last days are unknown", () => {
    expect(unknownYearNotice('2026-12-29', '2026-11-27')).toBe('2027年节假日安排尚未公布，公布后即可预约')
  })

  it('names the year itself when it is unknown from 1 January', () => {
    expect(unknownYearNotice('2027-01-01', '2026-12-20')).toBe('2027年节假日安排尚未公布，公布后即可预约')
  })

  it('says nothing while the gap is months away', () => {
    expect(unknownYearNotice('2026-12-29', '2026-03-01')).toBeUndefined()
  })

  it('warns within four months', () => {
    expect(unknownYearNotice('2026-12-29', '2026-09-26')).toBeDefined()
  })
})
