import type { SupervisionFinding } from '@shared/supervision'
import type { Database } from '../cloud'
import { collection } from '../db'
import { digestOf } from '../ids'

export const FINDINGS = 'supervisionFindings'

/**
 * The id of a finding the section records, from the recorder and their
 * `requestId`: a double tap names the same document (as `leaveIdFor`).
 */
export function findingIdFor(recordedBy: string, requestId: string): string {
  return `finding-${digestOf('finding', recordedBy, requestId).slice(0, 24)}`
}

/** The id of the finding an upheld complaint (R20) becomes: one per complaint, however often it is resolved. */
export function complaintFindingId(complaintId: string): string {
  return `finding-complaint-${complaintId}`
}

/** The one place that reads and writes `supervisionFindings` outside the report's aggregation (R23). */
export function findingRepository(db: Database) {
  const findings = collection<SupervisionFinding>(db, FINDINGS)
  return {
    /** Inserts once under its id; a repeat answers the stored one with `created: false`. */
    insertOnce: (finding: SupervisionFinding) => findings.insertOnce(finding),
  }
}
