import { createMain } from '../../../server/main'

/** `booking`: 群众预约（architecture.md）. Its actions arrive with the issues that build them. */
export const main = createMain({})
