/**
 * Half a working day (0.5 个工作日, R14): the working day is 08:30–12:00 and
 * 13:30–17:00, seven hours, so half of it is 210 minutes.
 */
export const MAX_HANDLING_MINUTES = 210

export const ITEM_LIMITS = {
  name: 60,
  notes: 500,
  materials: 30,
  materialName: 60,
  materialNote: 200,
  copies: 20,
  assisting: 5,
  conditions: 300,
  fee: 60,
  location: 30,
  /** 法定办结时限 and 承诺办结时限, in working days. */
  days: 365,
} as const
