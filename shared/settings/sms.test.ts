import * as v from 'valibot'
import { fieldErrors } from '../api'
import { settingsPatchSchema, withDefaults } from './settings'
import { DEFAULT_SMS } from './sms'

const errorsOf = (patch: unknown) => {
  const result = v.safeParse(settingsPatchSchema, patch)
  return result.success ? {} : fieldErrors(result.issues)
}

describe('the SMS settings an admin may change (R11)', () => {
  it('takes an app id, a sign and a kind’s template', () => {
    expect(errorsOf({ sms: { sdkAppId: '1400123456', signName: '沂源县政务服务中心', templates: { confirmed: { templateId: '123456', params: ['items', 'dateTime'] } } } })).toEqual({})
  })

  it.each([
    ['an app id that is not 10 digits', { sdkAppId: '14001' }, '短信应用编号（SDK AppID）应为10位数字'],
    ['a sign in brackets', { signName: '【沂源】' }, '短信签名应为2至12个汉字、字母或数字，且须已在腾讯云审核通过'],
    ['a sign of 13 characters', { signName: '沂'.repeat(13) }, '短信签名应为2至12个汉字、字母或数字，且须已在腾讯云审核通过'],
    ['a template id with letters', { templates: { confirmed: { templateId: 'abc', params: [] } } }, '短信模板编号应为数字（腾讯云短信控制台中的模板ID）'],
    ['an unknown variable source', { templates: { confirmed: { templateId: '1', params: ['openid'] } } }, '短信模板变量取值不正确'],
    ['an unknown message kind', { templates: { birthday: { templateId: '1', params: [] } } }, '消息类型不正确'],
    ['nothing to change', {}, '没有要修改的短信设置'],
  ])('refuses %s in Chinese', (_case, sms, message) => {
    expect(Object.values(errorsOf({ sms }))).toContain(message)
  })

  it('keeps the defaults for what was never stored, and a kind stored as null has no template', () => {
    const settings = withDefaults({ sms: { signName: '沂源政务', templates: { reminder: null } } })
    expect(settings.sms).toEqual({ ...DEFAULT_SMS, signName: '沂源政务', templates: { ...DEFAULT_SMS.templates, reminder: null } })
    expect(withDefaults(null).sms).toEqual(DEFAULT_SMS)
  })
})
