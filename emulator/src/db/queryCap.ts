/**
 * A stricter platform than the default one (issue 12): every query and every
 * aggregation answers at most `max` documents, whatever `limit` it asks for.
 * CloudBase answers 100 without a `limit` and at most 1000 with one
 * (docs/platform.md); with `max` 100 a listing that assumed "one read gets them
 * all" shows in tests as records missing. Applied around the actions so they
 * stay as the platform defines them.
 */
export interface QueryCap {
  /** The request as the action should see it: a larger `limit` lowered to `max`. */
  params(action: string, params: Record<string, unknown>): Record<string, unknown>
  /** The answer as the caller should see it: an aggregation's list cut to `max`. */
  answer(action: string, answer: Record<string, unknown>): Record<string, unknown>
}

export function queryCap(max: number): QueryCap {
  return {
    params(action, params) {
      if (action !== 'database.getDocument') return params
      const limit = typeof params.limit === 'number' ? params.limit : Number(params.limit)
      return Number.isFinite(limit) && limit > max ? { ...params, limit: max } : params
    },
    answer(action, answer) {
      const data = answer.data as { list?: unknown[] } | undefined
      if (action !== 'database.aggregateDocuments' || !Array.isArray(data?.list) || data.list.length <= max) return answer
      return { ...answer, data: { ...data, list: data.list.slice(0, max) } }
    },
  }
}
