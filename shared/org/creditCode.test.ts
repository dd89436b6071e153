import * as v from 'valibot'
import { creditCodeCheckChar, creditCodeProblem, creditCodeSchema, normalizeCreditCode } from './creditCode'

describe('unified social credit code of a company applicant (R7)', () => {
  // Published codes of real companies, from their business licences.
  it.each(['9144030071526726XG', '91330100716105852F', '91110000802100433B', '91110108551385082Q'])('accepts %s', (code) => {
    expect(creditCodeProblem(code)).toBeUndefined()
    expect(v.parse(creditCodeSchema, code)).toBe(code)
  })

  it.each([
    ['9144030071526726XH', '统一社会信用代码校验不通过，请对照营业执照核对'], // last character mistyped
    ['9144030071526762XG', '统一社会信用代码校验不通过，请对照营业执照核对'], // two digits swapped
    ['9144030071526726X', '统一社会信用代码应为18位，现在是17位'],
    ['9144030071526726XGG', '统一社会信用代码应为18位，现在是19位'],
    ['9144030071526726IO', '统一社会信用代码只含数字和大写字母（不含I、O、Z、S、V）'],
  ])('refuses %s: %s', (code, message) => {
    expect(creditCodeProblem(code)).toBe(message)
    const parsed = v.safeParse(creditCodeSchema, code)
    expect(parsed.success).toBe(false)
    expect(parsed.issues?.[0].message).toBe(message)
  })

  it('forgives what people type: lower case, spaces, full-width characters', () => {
    expect(normalizeCreditCode(' 9144 0300 7152 6726xg ')).toBe('9144030071526726XG')
    expect(normalizeCreditCode('９１４４０３００７１５２６７２６ＸＧ')).toBe('9144030071526726XG')
    expect(v.parse(creditCodeSchema, '9144030071526726xg')).toBe('9144030071526726XG')
  })

  it('asks for the code when it is empty', () => {
    expect(v.safeParse(creditCodeSchema, '  ').issues?.[0].message).toBe('请填写统一社会信用代码')
    expect(v.safeParse(creditCodeSchema, undefined).issues?.[0].message).toBe('请填写统一社会信用代码')
  })

  it('computes the check character over the first 17', () => {
    expect(creditCodeCheckChar('9144030071526726X')).toBe('G')
    expect(creditCodeCheckChar('91330100716105852')).toBe('F')
  })
})
