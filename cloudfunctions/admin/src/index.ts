import { createMain } from '../../../server/main'

/** `admin`: 管理员. Its actions arrive with the issues that build them. */
export const main = createMain({})
