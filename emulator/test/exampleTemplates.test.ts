import { DEFAULT_TEMPLATES } from '../../shared/settings'
import { EXAMPLE_TEMPLATES } from '../src/openapi/templates'

describe('the example templates match the default settings', () => {
  it.each(Object.entries(DEFAULT_TEMPLATES))('%s: its template exists, with the same keywords and the same term', (_kind, setting) => {
    const template = EXAMPLE_TEMPLATES[setting!.templateId]
    expect(template).toBeDefined()
    expect(template.kind ?? 'one-time').toBe(setting!.subscription)
    expect(template.fields).toEqual(Object.fromEntries(setting!.keywords.map((k) => [k.key, k.type])))
  })
})
