import { createMain } from '../../../server/main'

/** `section`: 政务服务管理科. Its actions arrive with the issues that build them. */
export const main = createMain({})
