import { ID_PATTERN } from '@shared/ids/id'
import { appointmentIdFor, capLedgerIdFor } from './appointmentIds'

describe('deterministic record ids', () => {
  it('gives one request of one sender one appointment id, and other senders others', () => {
    expect(appointmentIdFor('oA', 'req-12345678')).toBe(appointmentIdFor('oA', 'req-12345678'))
    expect(appointmentIdFor('oB', 'req-12345678')).not.toBe(appointmentIdFor('oA', 'req-12345678'))
    expect(appointmentIdFor('oA', 'req-12345679')).not.toBe(appointmentIdFor('oA', 'req-12345678'))
  })

  it('does not confuse the parts it joins', () => {
    expect(appointmentIdFor('oA', 'Breq-1234567')).not.toBe(appointmentIdFor('oAB', 'req-1234567'))
  })

  it('makes ids that the id schema accepts', () => {
    expect(appointmentIdFor('oA', 'req-12345678')).toMatch(ID_PATTERN)
    expect(capLedgerIdFor('13812345678', '2026-10-01')).toMatch(ID_PATTERN)
  })
})
