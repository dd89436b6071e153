import { smsNumber } from './smsNumber'

describe('which phones receive SMS (R11)', () => {
  it.each([
    ['13812345678', '+8613812345678'],
    ['138 1234 5678', '+8613812345678'],
    ['+8619912345678', '+8619912345678'],
    ['008615012345678', '+8615012345678'],
    ['8618512345678', '+8618512345678'],
  ])('reads the mobile number %s as %s', (phone, e164) => {
    expect(smsNumber(phone)).toBe(e164)
  })

  it.each([['0533-3618118'], ['05333618118'], ['12345'], ['1231234567'], ['12812345678'], ['+85291234567'], ['138123456789']])(
    'finds that %s cannot receive SMS',
    (phone) => {
      expect(smsNumber(phone)).toBeNull()
    },
  )
})
