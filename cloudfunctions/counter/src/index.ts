import { createMain } from '../../../server/main'

/** `counter`: 窗口工作人员与负责人. Its actions arrive with the issues that build them. */
export const main = createMain({})
