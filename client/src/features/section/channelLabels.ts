import type { Channel } from '@shared/appointments'

/** How a request reached the centre (R7), as the inbox shows it. */
export const CHANNEL_LABELS: Record<Channel, string> = { 'mini-program': '小程序预约', desk: '现场登记', phone: '电话登记' }
