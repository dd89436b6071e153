import * as v from 'valibot'
import { fieldsObject, requestIdSchema } from '../api'

/** What `requestSubscribeMessage` answers for each template (docs/platform.md). */
export const SUBSCRIBE_ANSWERS = ['accept', 'reject', 'ban', 'filter'] as const

/** `booking` `subscriptions.grant`: what the user answered for 1 to 3 templates in one ask. */
export const subscriptionGrantSchema = fieldsObject({
  requestId: requestIdSchema,
  answers: v.pipe(
    v.record(
      v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/, '消息模板编号格式不正确')),
      v.picklist(SUBSCRIBE_ANSWERS, '订阅结果格式不正确'),
      '请提供订阅结果',
    ),
    v.check((answers) => Object.keys(answers).length >= 1 && Object.keys(answers).length <= 3, '每次订阅1至3个消息模板'),
  ),
})
