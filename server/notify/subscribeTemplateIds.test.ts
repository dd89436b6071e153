import { DEFAULT_TEMPLATES, type TemplateSetting } from '@shared/settings'
import { subscribeTemplateIds } from './subscribeTemplateIds'

const id = (kind: keyof typeof DEFAULT_TEMPLATES) => DEFAULT_TEMPLATES[kind]?.templateId

describe('the templates the app asks users to allow', () => {
  it('asks a citizen for confirmed, changed/cancelled (one template) and reminder, one-time', () => {
    const ids = subscribeTemplateIds(DEFAULT_TEMPLATES)
    expect(ids.citizen).toEqual([id('confirmed'), id('changed'), id('reminder')])
    expect(id('cancelled')).toBe(id('changed'))
    expect(ids.longTerm).not.toContain(id('confirmed'))
  })

  it('asks staff and the section for their long-term templates: dispatch and change review', () => {
    const ids = subscribeTemplateIds(DEFAULT_TEMPLATES)
    expect(ids.staff).toEqual([id('dispatched'), id('change_rejected')])
    expect(ids.section).toEqual([id('undispatched'), id('change_proposed')])
    expect(id('force_majeure')).toBe(id('change_proposed'))
    expect(ids.longTerm).toEqual([id('dispatched'), id('change_proposed')])
  })

  it('R20 asks a complainant for the answer to their complaint, one-time', () => {
    const ids = subscribeTemplateIds(DEFAULT_TEMPLATES)
    expect(ids.complainant).toEqual([id('complaint_resolved')])
    expect(ids.longTerm).not.toContain(id('complaint_resolved'))
  })

  it('never mixes one-time and long-term ids in one ask', () => {
    const oneTime = (templateId: string): TemplateSetting => ({ ...DEFAULT_TEMPLATES.confirmed!, templateId, subscription: 'one-time' })
    const longTerm = (templateId: string): TemplateSetting => ({ ...DEFAULT_TEMPLATES.confirmed!, templateId, subscription: 'long-term' })
    const ids = subscribeTemplateIds({ undispatched: oneTime('t-1'), change_proposed: longTerm('t-2'), force_majeure: longTerm('t-3') })
    expect(ids.section).toEqual(['t-2', 't-3'])
    expect(subscribeTemplateIds({ undispatched: oneTime('t-1'), change_proposed: longTerm('t-2') }).section).toEqual(['t-1'])
  })

  it('leaves out kinds without a template and never asks for more than 3 at once', () => {
    const { reminder: _r, ...noReminder } = DEFAULT_TEMPLATES
    expect(subscribeTemplateIds(noReminder).citizen).toHaveLength(2)
    const distinct = Object.fromEntries(
      (['confirmed', 'changed', 'cancelled', 'reminder'] as const).map((k, i) => [k, { ...DEFAULT_TEMPLATES.confirmed!, templateId: `t-${i}` }]),
    )
    expect(subscribeTemplateIds(distinct).citizen).toEqual(['t-0', 't-1', 't-2'])
  })
})
