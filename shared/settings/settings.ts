import * as v from 'valibot'
import { fieldsObject, versionSchema } from '../api'
import { DEFAULT_CALENDAR_SETTINGS, type CalendarSettings, type TimeSpan } from '../calendar'
import { centerSchema, DEFAULT_CENTER, type CenterSettings } from './center'
import { DEFAULT_SMS, smsPatchSchema, smsWithDefaults, type SmsSettings } from './sms'
import { DEFAULT_TEMPLATES, templatesPatchSchema, type TemplateSettings } from './templates'

/**
 * Values docs/rules.md marks as *setting*: an admin changes them without a release.
 * The defaults are the notice's own numbers or our decisions.
 */
export interface Settings extends CalendarSettings {
  /**
   * R4 Decision: holiday service hours, their own setting (by default the
   * walk-in spans). An agreed time and its planned duration outside them
   * need a reason, which the section sees.
   */
  holidayHours: readonly TimeSpan[]
  /** Active appointments one applicant may hold per holiday. */
  perApplicantCap: number
  /** Working hours a request may wait for dispatch before the section is alerted (R9). */
  undispatchedAlertHours: number
  /** Hours an invite code stays valid. */
  inviteTtlHours: number
  /** Beijing time on the day before an appointment from which its reminder is sent. */
  reminderFrom: string
  /** Each kind of subscription message's WeChat template and keyword mapping (docs/architecture.md, "Notifications"). */
  templates: TemplateSettings
  /**
   * The version of the mini-program a message opens, sent with every message
   * (docs/platform.md): `formal` the released one; `trial` while a trial version is
   * under acceptance testing (its pages may not be released yet); `developer`.
   */
  miniprogramState: MiniprogramState
  /** Working days the section has to follow up a bad review or a complaint (R20). */
  followUpWorkingDays: number
  /** Days after service within which the section files a record (归档, R19); older unfiled records are counted in supervision. */
  filingDueDays: number
  /** Days a generated document (the register's .xlsx, a form's .docx) stays in cloud storage before the scheduler deletes it (R19). */
  documentRetentionDays: number
  /** Complaints one person may file per Beijing day: one account cannot bury the others (issue 13). */
  complaintsPerDay: number
  /** Points deducted per finding in the routine assessment of a window (R23). */
  supervisionPoints: SupervisionPoints
  /** R18: unanswered attempts to reach the applicant, after the agreed time, before a no-show (未到) may be recorded. */
  noShowAttempts: number
  /** R18: minutes after the agreed time before a no-show may be recorded. */
  noShowMinutes: number
  /** The center's address, map position and phone (R25). */
  center: CenterSettings
  /** Tencent Cloud SMS for applicants without the mini-program (R11, R20): app, sign, a template per message kind. */
  sms: SmsSettings
}

export const MINIPROGRAM_STATES = ['developer', 'trial', 'formal'] as const
export type MiniprogramState = (typeof MINIPROGRAM_STATES)[number]

/**
 * The points table of the section's checks (R23): each finding's deduction.
 * The notice names absence from duty, buck-passing, delay and a missing
 * one-time notification (一次性告知); the values are our decision.
 */
export interface SupervisionPoints {
  /** A scheduled duty shift without a check-in (脱岗). */
  absentFromDuty: number
  /** A check-in after the start of the service hours. */
  lateCheckIn: number
  /** A walk-in day on which the window had nobody scheduled. */
  dutyGap: number
  /** An appointment confirmed later than the working day before its date (拖延). */
  confirmedLate: number
  /** A confirmation without the materials told in full (一次性告知). */
  materialsNotTold: number
  /** A change or force majeure reported by the window. */
  changedByWindow: number
  /** A bad review (不满意 or 非常不满意). */
  badReview: number
  /** Buck-passing (推诿扯皮) the section recorded. */
  buckPassing: number
  /** A problem found on the section's inspection (检查). */
  inspection: number
  /** A complaint found upheld, whatever its channel (R20). */
  upheldComplaint: number
}

export const DEFAULT_SUPERVISION_POINTS: SupervisionPoints = {
  absentFromDuty: 5,
  lateCheckIn: 1,
  dutyGap: 3,
  confirmedLate: 2,
  materialsNotTold: 3,
  changedByWindow: 1,
  badReview: 2,
  buckPassing: 3,
  inspection: 2,
  upheldComplaint: 2,
}

export const DEFAULT_SETTINGS: Settings = {
  ...DEFAULT_CALENDAR_SETTINGS,
  holidayHours: DEFAULT_CALENDAR_SETTINGS.walkInHours.map((span) => ({ ...span })),
  perApplicantCap: 3,
  undispatchedAlertHours: 2,
  inviteTtlHours: 72,
  reminderFrom: '09:00',
  templates: DEFAULT_TEMPLATES,
  miniprogramState: 'formal',
  followUpWorkingDays: 5,
  filingDueDays: 15,
  documentRetentionDays: 7,
  complaintsPerDay: 5,
  supervisionPoints: DEFAULT_SUPERVISION_POINTS,
  noShowAttempts: 3,
  noShowMinutes: 30,
  center: DEFAULT_CENTER,
  sms: DEFAULT_SMS,
}

const points = v.pipe(v.number('扣分须为数字'), v.minValue(0, '扣分不能为负数'), v.maxValue(100, '扣分不能超过100'))

const hhmm = v.pipe(v.string('时间格式应为 HH:mm'), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:mm'))

const spans = v.pipe(
  v.array(fieldsObject({ start: hhmm, end: hhmm }), '服务时间格式不正确'),
  v.minLength(1, '至少保留一个服务时段'),
  v.maxLength(4, '服务时段不能超过4个'),
  v.check((list) => list.every((s) => s.start < s.end), '服务时段的开始时间须早于结束时间'),
)

/** A partial update of the settings, each value checked. */
export const settingsPatchSchema = v.pipe(
  fieldsObject({
    walkInHours: v.optional(spans),
    holidayHours: v.optional(spans),
    bookingCutoff: v.optional(hhmm),
    perApplicantCap: v.optional(
      v.pipe(v.number('每人预约上限须为数字'), v.integer('每人预约上限须为整数'), v.minValue(1, '每人预约上限至少为1'), v.maxValue(20, '每人预约上限不能超过20')),
    ),
    undispatchedAlertHours: v.optional(
      v.pipe(v.number('派单提醒时限须为数字'), v.minValue(0.5, '派单提醒时限至少0.5小时'), v.maxValue(24, '派单提醒时限不能超过24小时')),
    ),
    inviteTtlHours: v.optional(
      v.pipe(v.number('邀请码有效期须为数字'), v.integer('邀请码有效期须为整数'), v.minValue(1, '邀请码有效期至少1小时'), v.maxValue(720, '邀请码有效期不能超过720小时')),
    ),
    reminderFrom: v.optional(hhmm),
    templates: v.optional(templatesPatchSchema),
    miniprogramState: v.optional(v.picklist(MINIPROGRAM_STATES, '小程序版本须为开发版、体验版或正式版')),
    followUpWorkingDays: v.optional(
      v.pipe(v.number('跟进时限须为数字'), v.integer('跟进时限须为整数'), v.minValue(1, '跟进时限至少1个工作日'), v.maxValue(30, '跟进时限不能超过30个工作日')),
    ),
    filingDueDays: v.optional(
      v.pipe(v.number('归档时限须为数字'), v.integer('归档时限须为整数'), v.minValue(1, '归档时限至少1天'), v.maxValue(90, '归档时限不能超过90天')),
    ),
    documentRetentionDays: v.optional(
      v.pipe(v.number('文件保存天数须为数字'), v.integer('文件保存天数须为整数'), v.minValue(1, '文件保存天数至少1天'), v.maxValue(90, '文件保存天数不能超过90天')),
    ),
    complaintsPerDay: v.optional(
      v.pipe(v.number('每日投诉上限须为数字'), v.integer('每日投诉上限须为整数'), v.minValue(1, '每日投诉上限至少为1'), v.maxValue(50, '每日投诉上限不能超过50')),
    ),
    noShowAttempts: v.optional(
      v.pipe(v.number('未到前联系次数须为数字'), v.integer('未到前联系次数须为整数'), v.minValue(1, '未到前联系次数至少为1'), v.maxValue(10, '未到前联系次数不能超过10')),
    ),
    noShowMinutes: v.optional(
      v.pipe(v.number('未到等候时间须为数字'), v.integer('未到等候时间须为整数分钟'), v.minValue(30, '未到等候时间至少30分钟'), v.maxValue(240, '未到等候时间不能超过240分钟')),
    ),
    supervisionPoints: v.optional(
      fieldsObject({
        absentFromDuty: points,
        lateCheckIn: points,
        dutyGap: points,
        confirmedLate: points,
        materialsNotTold: points,
        changedByWindow: points,
        badReview: points,
        buckPassing: points,
        inspection: points,
        upheldComplaint: points,
      }),
    ),
    center: v.optional(centerSchema),
    sms: v.optional(smsPatchSchema),
  }),
  v.check((patch) => Object.keys(patch).length > 0, '没有要修改的设置'),
)

/** What the settings document holds: any setting, the SMS settings in part (a patch of them is merged). */
export type StoredSettings = Partial<Omit<Settings, 'sms'>> & { sms?: Partial<SmsSettings> }

/** Settings as stored, with defaults for anything not stored; stored templates replace their kind's default only. */
export function withDefaults(stored: StoredSettings | null | undefined): Settings {
  return {
    ...DEFAULT_SETTINGS,
    ...(stored ?? {}),
    templates: Object.fromEntries(
      Object.entries({ ...DEFAULT_SETTINGS.templates, ...(stored?.templates ?? {}) }).map(([kind, t]) => [kind, t && { ...t, subscription: t.subscription ?? 'one-time' }]),
    ),
    supervisionPoints: { ...DEFAULT_SETTINGS.supervisionPoints, ...(stored?.supervisionPoints ?? {}) },
    center: { ...DEFAULT_SETTINGS.center, ...(stored?.center ?? {}) },
    sms: smsWithDefaults(stored?.sms),
  }
}

/** `admin` `settings.update`: a patch over the version it was made from. */
export const settingsUpdateInputSchema = v.object({ version: versionSchema(0), patch: settingsPatchSchema })
