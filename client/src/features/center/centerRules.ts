import type { CenterAnswer } from '@shared/settings'
import { formatHours } from '@shared/calendar'

/** The center page's booking rules, one plain sentence each, from the settings in force (R2, R6, R7, R16). */
export function centerRules(answer: CenterAnswer): { walkIn: string; rules: string[] } {
  const cutoff = answer.bookingCutoff.replace(/^0(\d)/, '$1')
  return {
    walkIn: `周六、周日（调休上班日除外）窗口照常办理，不用预约：${formatHours(answer.walkInHours)}。`,
    rules: [
      '什么时候约：在节假日前的工作日提出预约，可用本小程序、到中心咨询台现场登记，或拨打预约电话。',
      `截止时间：节假日前最后一个工作日${cutoff}。`,
      `每人每个节假日最多保留${answer.perApplicantCap}个有效预约。`,
      '预约后，窗口工作人员会提前打电话告诉您要带的材料，并和您确认办理时间。',
      '如窗口需要改时间，须经管理科同意并至少提前12小时告诉您。',
    ],
  }
}
