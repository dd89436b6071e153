/**
 * The national five levels of the 好差评 system (R20), best first, as stored
 * (`reviews.level`) and as a citizen reads them.
 */
export const REVIEW_LEVELS = ['very_satisfied', 'satisfied', 'basic', 'dissatisfied', 'very_dissatisfied'] as const

export type ReviewLevel = (typeof REVIEW_LEVELS)[number]

export const REVIEW_LEVEL_NAMES: Record<ReviewLevel, string> = {
  very_satisfied: '非常满意',
  satisfied: '满意',
  basic: '基本满意',
  dissatisfied: '不满意',
  very_dissatisfied: '非常不满意',
}

/** A bad review (差评: 不满意 or 非常不满意), which the section must follow up (R20). */
export function needsFollowUp(level: ReviewLevel): boolean {
  return level === 'dissatisfied' || level === 'very_dissatisfied'
}
