import { needsFollowUp } from '../feedback'
import type { SupervisedReview } from './records'
import type { SupervisionCounts } from './supervisionCounts'

/** Adds the reviews (好差评, R20) to their windows' counts: all, bad, and bad ones not yet resolved. */
export function countReviews(reviews: readonly SupervisedReview[], countsOf: (windowId: string) => SupervisionCounts | undefined): void {
  for (const review of reviews) {
    const counts = countsOf(review.windowId)
    if (!counts) continue
    counts.reviews++
    if (!needsFollowUp(review.level)) continue // 差评: 不满意 or 非常不满意
    counts.badReviews++
    if (review.followUp?.resolvedAt === undefined || review.followUp.resolvedAt === null) counts.openBadReviews++
  }
}
