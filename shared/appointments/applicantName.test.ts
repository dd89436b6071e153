import { applicantName } from './applicantName'

describe('who applies, as records read it (R7, R8)', () => {
  it('names a person by name', () => {
    expect(applicantName({ name: '张三', phone: '13812345678' })).toBe('张三')
  })
  it('names a company with its contact person', () => {
    expect(applicantName({ name: '王经理', phone: '13912340000', company: { name: '沂源县测试贸易有限公司', creditCode: '91110108551385082Q' } })).toBe('沂源县测试贸易有限公司（经办人：王经理）')
  })
})
