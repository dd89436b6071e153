import * as v from 'valibot'
import { optionalText } from '../text'

/**
 * The kinds of subscription message the scheduler sends (docs/architecture.md,
 * "Notifications"): the appointment steps' templates plus `undispatched`,
 * the section's alert on a request left waiting (R9).
 */
export const MESSAGE_KINDS = [
  'dispatched',
  'redispatched_away',
  'assigned',
  'confirmed',
  'change_proposed',
  'change_requested',
  'changed',
  'change_rejected',
  'cancelled',
  'force_majeure',
  'deviation_reported',
  'completed',
  'reminder',
  'undispatched',
  'complaint_resolved',
] as const
export type MessageKind = (typeof MESSAGE_KINDS)[number]

/** A keyword's type as WeChat's console declares it (docs/platform.md, "Subscription messages"). */
export const KEYWORD_TYPES = ['thing', 'name', 'phrase', 'character_string', 'number', 'phone_number', 'time', 'date'] as const
export type KeywordType = (typeof KEYWORD_TYPES)[number]

/**
 * What a keyword is filled with, taken from the appointment when the message
 * is sent: `items` the items' names, `materials` what to bring (一次性告知, R11),
 * `date` / `dateTime` when (the agreed time, else the preferred one, else the
 * half day's hours), `proposedDateTime` a proposed change's new time,
 * `window` the lead window's number, name and place, `applicantName`,
 * `applicantPhone`, `status`, `reference` the appointment's reference number
 * (预约编号 `2026-000123`, R8), `complaint` a complaint's words and
 * `resolution` the section's answer to it (R20), `text` the
 * keyword's fixed `text`.
 */
export const KEYWORD_SOURCES = [
  'items',
  'materials',
  'date',
  'dateTime',
  'proposedDateTime',
  'window',
  'applicantName',
  'applicantPhone',
  'status',
  'reference',
  'complaint',
  'resolution',
  'text',
] as const
export type KeywordSource = (typeof KEYWORD_SOURCES)[number]

export interface KeywordMapping {
  /** The template's keyword, e.g. `thing1`. */
  key: string
  type: KeywordType
  source: KeywordSource
  /** The value for `source: 'text'`, and the fallback when a source is empty. */
  text?: string
}

/**
 * How long one `accept` lasts (docs/platform.md, "Subscription messages"):
 * `one-time` (一次性订阅) allows one message; `long-term` (长期订阅, open to
 * 政务民生 accounts) allows every later message of the template until the
 * user switches it off. A template is one or the other in WeChat's library.
 */
export const SUBSCRIPTION_TERMS = ['one-time', 'long-term'] as const
export type SubscriptionTerm = (typeof SUBSCRIPTION_TERMS)[number]

/**
 * One kind's WeChat template: its id, whether it is one-time or long-term,
 * the mini-program page it opens (`{id}`: the appointment; '' none) and its
 * keywords. Every field is always given and the keywords are a list, so a
 * stored patch (which the database merges object by object) replaces a kind
 * whole.
 */
export interface TemplateSetting {
  templateId: string
  subscription: SubscriptionTerm
  page: string
  keywords: KeywordMapping[]
}

/** Each kind's template; a kind without one is not sent (its outbox record ends `skipped`). */
export type TemplateSettings = Partial<Record<MessageKind, TemplateSetting>>

const APPOINTMENT_PAGE = 'packages/citizen/pages/appointment/index?id={id}'
const COMPLAINTS_PAGE = 'packages/citizen/pages/complaints/index'

// The emulator's example templates (emulator/src/openapi/templates.ts): replace them with the account's own.
// Staff and the section get long-term ones (DISPATCH, REVIEW), citizens one-time ones.
const DISPATCH = 'ex-DISPATCH-7bN2kLd9sYt4uWcR8hJpA1eGoTiN6bMvQ'
const REVIEW = 'ex-REVIEW-Hs5tG8jK1lZ4xC7vB0nM3qW6eR9tY2uIoP'
const CONFIRM = 'ex-CONFIRM-Xq3mZ7f0VnB2kLd9sYt4uWcR8hJpA1eGo'
const CHANGE = 'ex-CHANGE-Pk8sW2eR5tY7uI9oL3aS6dF1gH4jK0zXcV'
const REMIND = 'ex-REMIND-Lm4nB7vC2xZ9aQ1wE3rT5yU8iO6pS0dFg'
const COMPLAINT = 'ex-COMPLAINT-Rz6vN1bM4kJ7hG2fD5sA8pO3iU9yT0eWq'

const text = (key: string, type: KeywordType, value: string): KeywordMapping => ({ key, type, source: 'text', text: value })

/** 预约派单通知: thing1 事项, name2 申请人, time3 预约时间, thing4 说明, phone_number5 联系电话. */
const dispatchTemplate = (note: string): TemplateSetting => ({
  templateId: DISPATCH,
  subscription: 'long-term',
  page: '',
  keywords: [
    { key: 'thing1', type: 'thing', source: 'items' },
    { key: 'name2', type: 'name', source: 'applicantName', text: '申请人' },
    { key: 'time3', type: 'time', source: 'dateTime' },
    text('thing4', 'thing', note),
    { key: 'phone_number5', type: 'phone_number', source: 'applicantPhone' },
  ],
})

/** 预约成功通知 / 预约提醒: thing1 事项, time2 时间, thing3 地点, thing4 所需材料, character_string5 预约号. */
const withMaterials = (templateId: string): TemplateSetting => ({
  templateId,
  subscription: 'one-time',
  page: APPOINTMENT_PAGE,
  keywords: [
    { key: 'thing1', type: 'thing', source: 'items' },
    { key: 'time2', type: 'time', source: 'dateTime' },
    { key: 'thing3', type: 'thing', source: 'window', text: '沂源县政务服务中心' },
    { key: 'thing4', type: 'thing', source: 'materials', text: '详见预约详情' },
    { key: 'character_string5', type: 'character_string', source: 'reference' },
  ],
})

/**
 * 预约变更通知 (the applicant's, one-time) and 预约变更审批通知 (staff and the
 * section's, long-term): thing1 事项, time2 预约时间, time3 变更后时间, thing4 说明, phrase5 状态.
 */
const changeTemplate = (note: string, phrase: string, page = '', templateId = CHANGE): TemplateSetting => ({
  templateId,
  subscription: templateId === REVIEW ? 'long-term' : 'one-time',
  page,
  keywords: [
    { key: 'thing1', type: 'thing', source: 'items' },
    { key: 'time2', type: 'time', source: 'dateTime' },
    { key: 'time3', type: 'time', source: 'proposedDateTime' },
    text('thing4', 'thing', note),
    text('phrase5', 'phrase', phrase),
  ],
})

export const DEFAULT_TEMPLATES: TemplateSettings = {
  dispatched: dispatchTemplate('新预约已派至本窗口，请安排人员'),
  // R9: the old window of a re-dispatch, on the long-term template its staff allowed for dispatches
  redispatched_away: dispatchTemplate('此预约已改派其他窗口，本窗口无需办理'),
  assigned: dispatchTemplate('此预约已分配给您，请联系申请人'),
  confirmed: withMaterials(CONFIRM),
  reminder: withMaterials(REMIND),
  changed: changeTemplate('您的预约时间已变更', '已变更', APPOINTMENT_PAGE),
  cancelled: changeTemplate('您的预约已取消', '已取消', APPOINTMENT_PAGE),
  change_proposed: changeTemplate('窗口申请变更预约，请审批', '待审批', '', REVIEW),
  // R16: the applicant asked to move their own appointment; the section and the window read it on the review template
  change_requested: changeTemplate('申请人申请改期，待管理科审批', '待审批', '', REVIEW),
  change_rejected: changeTemplate('变更申请未获批准，时间不变', '未通过', '', REVIEW),
  force_majeure: changeTemplate('窗口报告不可抗力，请处理', '待处理', '', REVIEW),
  deviation_reported: changeTemplate('窗口登记了例外情况，请查看原因', '待查看', '', REVIEW),
  undispatched: dispatchTemplate('预约超时未派单，请尽快派单'),
  // 投诉处理结果通知 (R20): thing1 投诉内容, thing2 处理结果, time3 处理时间, phrase4 状态
  complaint_resolved: {
    templateId: COMPLAINT,
    subscription: 'one-time',
    page: COMPLAINTS_PAGE,
    keywords: [
      { key: 'thing1', type: 'thing', source: 'complaint' },
      { key: 'thing2', type: 'thing', source: 'resolution', text: '详见我的投诉' },
      { key: 'time3', type: 'time', source: 'dateTime' },
      text('phrase4', 'phrase', '已办结'),
    ],
  },
}

const keywordSchema = v.object({
  key: v.pipe(v.string('关键词格式不正确'), v.regex(/^[a-z_]+\d+$/, '关键词格式不正确')),
  type: v.picklist(KEYWORD_TYPES, '关键词类型不正确'),
  source: v.picklist(KEYWORD_SOURCES, '关键词取值不正确'),
  text: optionalText('关键词文字', 20, 'one'),
})

const templateSchema = v.object({
  templateId: v.pipe(v.string('请填写模板编号'), v.regex(/^[A-Za-z0-9_-]{1,64}$/, '模板编号格式不正确')),
  // A setting saved before long-term subscriptions existed was one-time.
  subscription: v.optional(v.picklist(SUBSCRIPTION_TERMS, '订阅类型须为一次性或长期'), 'one-time'),
  page: v.pipe(v.string('页面路径须为文字'), v.regex(/^([A-Za-z0-9_/-]+(\?[A-Za-z0-9_={}&-]*)?)?$/, '页面路径格式不正确')),
  keywords: v.pipe(
    v.array(keywordSchema, '关键词格式不正确'),
    v.minLength(1, '至少需要1个关键词'),
    v.maxLength(10, '关键词不能超过10个'),
    v.check((k) => new Set(k.map((m) => m.key)).size === k.length, '关键词不能重复'),
  ),
})

/** Why a settings change that marks one template both ways is refused. */
export const MIXED_TERMS_MESSAGE = '同一消息模板不能既是一次性订阅又是长期订阅'

/**
 * A template id that two kinds mark with different terms, else null: a
 * WeChat template is one-time or long-term, never both, and the app asks for
 * it by its term.
 *
 * @example mixedTemplateId({ dispatched: { templateId: 'A', subscription: 'long-term', … }, confirmed: { templateId: 'A', subscription: 'one-time', … } }) // 'A'
 */
export function mixedTemplateId(templates: TemplateSettings): string | null {
  const terms = new Map<string, SubscriptionTerm>()
  for (const t of Object.values(templates)) {
    if (!t) continue
    const seen = terms.get(t.templateId)
    if (seen !== undefined && seen !== t.subscription) return t.templateId
    terms.set(t.templateId, t.subscription)
  }
  return null
}

/** A patch of the templates: the kinds given replace their defaults. */
export const templatesPatchSchema = v.pipe(
  v.record(v.picklist(MESSAGE_KINDS, '消息类型不正确'), templateSchema, '模板设置格式不正确'),
  v.check((t) => Object.keys(t).length >= 1, '没有要修改的模板'),
  v.check((t) => mixedTemplateId(t) === null, MIXED_TERMS_MESSAGE),
)
