import { DEFAULT_TEMPLATES } from '@shared/settings'
import { subscribeTemplateIds } from './subscribeTemplateIds'

describe('the templates the app asks users to allow', () => {
  it('asks a citizen for confirmed, changed/cancelled (one template) and reminder, and staff for dispatched/assigned (one template)', () => {
    const ids = subscribeTemplateIds(DEFAULT_TEMPLATES)
    expect(ids.citizen).toEqual([DEFAULT_TEMPLATES.confirmed?.templateId, DEFAULT_TEMPLATES.changed?.templateId, DEFAULT_TEMPLATES.reminder?.templateId])
    expect(DEFAULT_TEMPLATES.cancelled?.templateId).toBe(DEFAULT_TEMPLATES.changed?.templateId)
    expect(ids.staff).toEqual([DEFAULT_TEMPLATES.dispatched?.templateId])
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
