import { formUrl } from './formUrl'

describe('the registration form page (R8)', () => {
  it('links each row to its printable form (R8)', () => {
    expect(formUrl('appt-o x')).toBe('/packages/section/pages/form/index?id=appt-o%20x')
  })
})
