/**
 * What the section counts for one window over a period (R23). Appointments
 * are counted for every window that has a part in them (主办 or 配合, R13),
 * except what only the lead window does: the applicant's contact (R11), the
 * change it proposed (R16) and the force majeure it reported (R17).
 */
export interface SupervisionCounts {
  /** Appointments dispatched to the window (R9) with their date in the period. */
  dispatched: number
  /** Parts confirmed by `confirmationDeadline`. */
  confirmedInTime: number
  /** Parts confirmed after the deadline (拖延). */
  confirmedLate: number
  /** Parts still unconfirmed after the deadline, and not ended before it (拖延). */
  unconfirmedOverdue: number
  /** Completed, acknowledged, or abandoned (which counts as served, R18). */
  served: number
  /** Of the served, those the applicant gave up after being 30 minutes late (R18). */
  abandoned: number
  /** Of the served, those closed as no-shows after unanswered attempts (未到, R18). */
  noShow: number
  /** Changes the section approved (R16). */
  changed: number
  /** Appointments ended by force majeure (R17). */
  forceMajeure: number
  /** Confirmations recorded without the materials told in full (一次性告知, R11). */
  materialsNotTold: number
  /** R14: appointments planned or recorded over half a working day, each with the staff's reason (flagged, no points). */
  overHalfDay: number
  /** R4: appointments agreed outside the holiday service hours, each with the staff's reason (flagged, no points). */
  outsideHours: number
  /** Weekend duty shifts scheduled (R21). */
  shiftsScheduled: number
  /** Of them, those checked in (考勤). */
  shiftsCovered: number
  /** Scheduled, the day passed, no check-in (脱岗). */
  shiftsAbsent: number
  /** Check-ins after the start of the service hours. */
  lateCheckIns: number
  /** Walk-in days, up to today, with a half day on which nobody of the window was scheduled (R2). */
  gapDays: number
  /** Walk-in days the section closed for the window with its reason (R21): not gaps, no deduction (R23). */
  closedDays: number
  /** People served without appointment on weekend duty, as staff logged them (R2, R21). */
  walkInServed: number
  /** Of them, served by 帮办代办. */
  walkInAssisted: number
  /** Reviews of the window's appointments (R20). */
  reviews: number
  /** 不满意 and 非常不满意. */
  badReviews: number
  /** Bad reviews whose follow-up is not resolved. */
  openBadReviews: number
  /** 推诿扯皮 the section recorded (R23). */
  buckPassing: number
  /** Problems found on the section's inspections (检查). */
  inspectionFindings: number
  /** Complaints found upheld: from 12345, by phone, or in the mini-program (R20). */
  upheldComplaints: number
  /** Served records of the window (lead) still not filed (归档, R19) past the `filingDueDays` setting. */
  unfiledOverdue: number
}

export const COUNT_KEYS = [
  'dispatched',
  'confirmedInTime',
  'confirmedLate',
  'unconfirmedOverdue',
  'served',
  'abandoned',
  'noShow',
  'changed',
  'forceMajeure',
  'materialsNotTold',
  'overHalfDay',
  'outsideHours',
  'shiftsScheduled',
  'shiftsCovered',
  'shiftsAbsent',
  'lateCheckIns',
  'gapDays',
  'closedDays',
  'walkInServed',
  'walkInAssisted',
  'reviews',
  'badReviews',
  'openBadReviews',
  'buckPassing',
  'inspectionFindings',
  'upheldComplaints',
  'unfiledOverdue',
] as const satisfies readonly (keyof SupervisionCounts)[]

/** All counts at zero. */
export function emptyCounts(): SupervisionCounts {
  return Object.fromEntries(COUNT_KEYS.map((key) => [key, 0])) as unknown as SupervisionCounts
}

/** The Chinese column names, for the page and the CSV export. */
export const COUNT_LABELS: Record<keyof SupervisionCounts, string> = {
  dispatched: '派单数',
  confirmedInTime: '按时确认',
  confirmedLate: '逾期确认',
  unconfirmedOverdue: '逾期未确认',
  served: '已服务',
  abandoned: '其中放弃办理',
  noShow: '其中未到',
  changed: '变更（已批准）',
  forceMajeure: '不可抗力',
  materialsNotTold: '未一次性告知',
  overHalfDay: '超过半个工作日',
  outsideHours: '服务时间外约定',
  shiftsScheduled: '排班',
  shiftsCovered: '已到岗',
  shiftsAbsent: '脱岗',
  lateCheckIns: '迟到',
  gapDays: '无人值班天数',
  closedDays: '管理科批准不开放天数',
  walkInServed: '周末办件量',
  walkInAssisted: '其中帮办代办',
  reviews: '评价数',
  badReviews: '差评',
  openBadReviews: '差评未处理',
  buckPassing: '推诿扯皮',
  inspectionFindings: '检查发现问题',
  upheldComplaints: '投诉属实',
  unfiledOverdue: '逾期未归档',
}
