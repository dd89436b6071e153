import { maskPhone } from './maskPhone'

describe('maskPhone', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['19900001111', '199****1111'],
    ['0533-3618118', '0533-***8118'],
    ['010-12345678', '010-****5678'],
    ['05333618118', '0533***8118'],
  ])('masks %s as %s', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked)
  })

  it('hides a short oddity entirely rather than show most of it', () => {
    expect(maskPhone('12345')).toBe('*****')
  })
})
