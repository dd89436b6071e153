import type { SupervisionFinding } from './finding'
import type { SupervisionCounts } from './supervisionCounts'

/** Adds the section's findings (R23) to their windows' counts: buck-passing, inspections, upheld complaints. */
export function countFindings(findings: readonly Pick<SupervisionFinding, 'kind' | 'windowId'>[], countsOf: (windowId: string) => SupervisionCounts | undefined): void {
  for (const finding of findings) {
    const counts = countsOf(finding.windowId)
    if (!counts) continue
    if (finding.kind === 'buckPassing') counts.buckPassing++
    else if (finding.kind === 'inspection') counts.inspectionFindings++
    else counts.upheldComplaints++
  }
}
