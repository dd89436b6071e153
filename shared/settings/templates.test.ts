import * as v from 'valibot'
import { DEFAULT_SETTINGS, settingsPatchSchema, withDefaults } from './settings'
import { DEFAULT_TEMPLATES, MIXED_TERMS_MESSAGE, mixedTemplateId, templatesPatchSchema, type TemplateSetting } from './templates'

const confirmed = DEFAULT_TEMPLATES.confirmed as TemplateSetting
const dispatched = DEFAULT_TEMPLATES.dispatched as TemplateSetting

describe('one-time and long-term templates', () => {
  it('gives staff and the section long-term templates, citizens one-time ones', () => {
    for (const kind of ['dispatched', 'assigned', 'undispatched', 'change_proposed', 'change_rejected', 'force_majeure'] as const) {
      expect([kind, DEFAULT_TEMPLATES[kind]?.subscription]).toEqual([kind, 'long-term'])
    }
    for (const kind of ['confirmed', 'changed', 'cancelled', 'reminder'] as const) expect([kind, DEFAULT_TEMPLATES[kind]?.subscription]).toEqual([kind, 'one-time'])
    expect(mixedTemplateId(DEFAULT_TEMPLATES)).toBeNull()
  })

  it('reads a template saved without a term as one-time', () => {
    const { subscription: _s, ...old } = dispatched
    const parsed = v.parse(templatesPatchSchema, { dispatched: old })
    expect(parsed.dispatched?.subscription).toBe('one-time')
    expect(withDefaults({ templates: { dispatched: old as TemplateSetting } }).templates.dispatched?.subscription).toBe('one-time')
  })

  it('refuses one template id marked one-time for one kind and long-term for another', () => {
    const mixed = { confirmed, reminder: { ...confirmed, subscription: 'long-term' } }
    expect(mixedTemplateId(mixed as never)).toBe(confirmed.templateId)
    const result = v.safeParse(templatesPatchSchema, mixed)
    expect(result.success).toBe(false)
    expect(result.issues?.[0].message).toBe(MIXED_TERMS_MESSAGE)
    expect(v.safeParse(templatesPatchSchema, { confirmed: { ...confirmed, subscription: 'forever' } }).issues?.[0].message).toBe('订阅类型须为一次性或长期')
  })
})

describe('miniprogramState', () => {
  it('sends to the released version unless set to trial or developer', () => {
    expect(DEFAULT_SETTINGS.miniprogramState).toBe('formal')
    expect(v.parse(settingsPatchSchema, { miniprogramState: 'trial' })).toEqual({ miniprogramState: 'trial' })
    expect(v.safeParse(settingsPatchSchema, { miniprogramState: 'release' }).issues?.[0].message).toBe('小程序版本须为开发版、体验版或正式版')
  })
})
