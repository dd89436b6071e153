import { render, screen } from '@testing-library/react'
import { viewOf } from '../booking/fixtures'
import { RegistrationSummary } from './RegistrationSummary'

const at = (beijing: string) => Date.parse(`${beijing.replace(' ', 'T')}:00+08:00`)

describe('the section’s view of the record (R8, R19)', () => {
  it('shows each time staff entered against the record, with their reason', () => {
    const deviation = { kind: 'earlyStart' as const, expected: at('2026-10-02 09:45'), entered: at('2026-10-02 06:15'), reason: '申请人提前到达，先行受理', by: 'staff-scjg-1', at: at('2026-10-02 09:46') }
    render(<RegistrationSummary appointment={viewOf({ status: 'completed', deviations: [deviation] })} />)
    screen.getByText('例外说明：开始时间06:15比系统记录的09:45早210分钟；原因：申请人提前到达，先行受理')
  })

  it('shows no such line when staff entered nothing against the record', () => {
    render(<RegistrationSummary appointment={viewOf({ status: 'completed' })} />)
    expect(screen.queryByText(/例外说明/)).toBeNull()
  })
})
