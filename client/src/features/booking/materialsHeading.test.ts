import { APPOINTMENT_STATUSES } from '@shared/appointments'
import { materialsHeading } from './materialsHeading'

describe('what the appointment page says above the materials (R11, R15, R19)', () => {
  it.each(['cancelled', 'completed', 'acknowledged', 'abandoned', 'force_majeure'] as const)('no longer says 请携带以下材料 once %s', (status) => {
    expect(materialsHeading(status)).not.toContain('请携带')
  })

  it('says it while the visit lies ahead', () => {
    const ahead = APPOINTMENT_STATUSES.filter((s) => !['cancelled', 'completed', 'acknowledged', 'abandoned', 'force_majeure'].includes(s))
    expect(ahead.length).toBeGreaterThan(0)
    for (const status of ahead) expect(materialsHeading(status)).toBe('请携带以下材料：')
  })
})
