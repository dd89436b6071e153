/** The center's own page (中心介绍, R25). */
export const CENTER_URL = '/packages/citizen/pages/center/index'
