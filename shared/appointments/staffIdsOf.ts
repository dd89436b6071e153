import type { Appointment } from './appointment'

/**
 * Every staff id an appointment's record names (R8): who registered, was
 * assigned, contacted, proposed or decided a change, cancelled, served a part,
 * moved it, reported force majeure or rescheduled after it, entered a deviation, recorded the paper signature, or took a step.
 * The applicant's own steps carry their OPENID, which is no staff id.
 * The section's record page and the printed form look these names up once.
 */
export function staffIdsOf(stored: Appointment): string[] {
  const ids = [
    stored.registeredBy,
    stored.assignedStaffId,
    stored.contact?.by,
    stored.change?.byApplicant ? undefined : stored.change?.proposedBy,
    stored.change?.decidedBy,
    stored.cancellation?.by,
    ...stored.parts.map((p) => p.staffId),
    ...(stored.redispatches ?? []).flatMap((r) => [r.by, r.fromStaffId]),
    stored.forceMajeure?.by,
    ...(stored.reschedules ?? []).flatMap((r) => [r.by, r.from.staffId, r.to.staffId]),
    ...(stored.deviations ?? []).map((d) => d.by),
    stored.paperSignature?.by,
    ...stored.timeline.flatMap((t) => (t.byRole === 'applicant' ? [] : [t.by])),
  ].filter((id): id is string => id !== undefined)
  return [...new Set(ids)]
}
