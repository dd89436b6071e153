import type { Channel } from '../appointments'

/** How a request came in (R7), as the form and the register write it. */
export const CHANNEL_NAMES: Record<Channel, string> = { 'mini-program': '微信小程序', desk: '现场咨询台', phone: '电话预约' }
