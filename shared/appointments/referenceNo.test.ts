import { formatReferenceNo, normalizeReferenceNo, referenceYearOf } from './referenceNo'

describe('reference number (R8)', () => {
  it('R8 writes the year and a six-digit sequence', () => {
    expect(formatReferenceNo(2026, 123)).toBe('2026-000123')
    expect(formatReferenceNo(2027, 1)).toBe('2027-000001')
  })

  it('R8 numbers a request in its Beijing year, not the server zone year', () => {
    expect(referenceYearOf('2026-12-31T16:30:00Z')).toBe(2027)
    expect(referenceYearOf('2026-12-31T15:59:00Z')).toBe(2026)
  })

  it('R19 reads a typed serial number with full-width digits, long dashes and spaces', () => {
    expect(normalizeReferenceNo(' ２０２６－０００１２３ ')).toBe('2026-000123')
    expect(normalizeReferenceNo('2026 — 000123')).toBe('2026-000123')
  })
})
