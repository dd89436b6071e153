/**
 * A subscription-message template as the WeChat console shows it: title, typed keywords and
 * its kind — `one-time` (一次性订阅, the default: one accept, one message) or `long-term`
 * (长期订阅, for public services: one accept, every message until the user switches it off).
 */
export interface SubscribeTemplate {
  title: string
  kind?: 'one-time' | 'long-term'
  /** keyword key (e.g. `thing1`) to its type (`thing`, `time`, `name`, …) */
  fields: Record<string, TemplateFieldType>
}

export type TemplateFieldType =
  | 'thing'
  | 'name'
  | 'phrase'
  | 'character_string'
  | 'number'
  | 'phone_number'
  | 'time'
  | 'date'
  | 'letter'
  | 'symbol'
  | 'amount'

/**
 * Example templates (example data, not the account's real ones): the ids are what the
 * settings refer to, the keywords what the functions fill.
 */
export const EXAMPLE_TEMPLATES: Record<string, SubscribeTemplate> = {
  // 预约派单通知 (long-term): a window learns of an appointment dispatched to it, the section of one left waiting
  'ex-DISPATCH-7bN2kLd9sYt4uWcR8hJpA1eGoTiN6bMvQ': {
    title: '预约派单通知',
    kind: 'long-term',
    fields: { thing1: 'thing', name2: 'name', time3: 'time', thing4: 'thing', phone_number5: 'phone_number' },
  },
  // 预约成功通知: the citizen's appointment is confirmed, with what to bring (R11)
  'ex-CONFIRM-Xq3mZ7f0VnB2kLd9sYt4uWcR8hJpA1eGo': {
    title: '预约成功通知',
    fields: { thing1: 'thing', time2: 'time', thing3: 'thing', thing4: 'thing', character_string5: 'character_string' },
  },
  // 预约变更通知: a proposed or decided change of time
  'ex-CHANGE-Pk8sW2eR5tY7uI9oL3aS6dF1gH4jK0zXcV': {
    title: '预约变更通知',
    fields: { thing1: 'thing', time2: 'time', time3: 'time', thing4: 'thing', phrase5: 'phrase' },
  },
  // 预约变更审批通知 (long-term): the section learns of a proposed change or force majeure, the window of its answer
  'ex-REVIEW-Hs5tG8jK1lZ4xC7vB0nM3qW6eR9tY2uIoP': {
    title: '预约变更审批通知',
    kind: 'long-term',
    fields: { thing1: 'thing', time2: 'time', time3: 'time', thing4: 'thing', phrase5: 'phrase' },
  },
  // 预约提醒: the day before, what to bring and where
  'ex-REMIND-Lm4nB7vC2xZ9aQ1wE3rT5yU8iO6pS0dFg': {
    title: '预约提醒',
    fields: { thing1: 'thing', time2: 'time', thing3: 'thing', thing4: 'thing', character_string5: 'character_string' },
  },
  // 投诉处理结果通知: the complainant learns the section's answer (R20)
  'ex-COMPLAINT-Rz6vN1bM4kJ7hG2fD5sA8pO3iU9yT0eWq': {
    title: '投诉处理结果通知',
    fields: { thing1: 'thing', thing2: 'thing', time3: 'time', phrase4: 'phrase' },
  },
}
