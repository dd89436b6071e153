import * as v from 'valibot'
import type { TimeSpan } from '../calendar'
import { fieldsObject } from '../api'

/**
 * Where the center is and how to reach it (R25): shown on the center's page,
 * on booking success (导航) and as the phone on home. A *setting*, so the
 * center corrects it without a release. The default address and coordinates
 * are an example (docs/rules.md, R25): the notice names neither.
 */
export interface CenterSettings {
  /** The center's name as it heads the map pin. */
  name: string
  /** The street address a citizen reads. */
  address: string
  /** GCJ-02, as WeChat's `openLocation` takes it. */
  latitude: number
  longitude: number
  /** The booking phone line (R7). */
  phone: string
}

export const DEFAULT_CENTER: CenterSettings = {
  name: '沂源县政务服务中心',
  address: '山东省淄博市沂源县历山街道鲁山路与瑞阳路交汇处',
  latitude: 36.1858,
  longitude: 118.1703,
  phone: '0533-3618118',
}

/** `catalog` `center.get`: the center and its booking rules in force, for anyone to read (R2, R6, R7, R25). */
export interface CenterAnswer {
  center: CenterSettings
  /** The weekend walk-in hours (R2). */
  walkInHours: readonly TimeSpan[]
  /** `HH:mm` of the last working day before a holiday by which a request is made (R6); the app shows it as 17:00. */
  bookingCutoff: string
  /** Active appointments one applicant may hold per holiday (R6). */
  perApplicantCap: number
}

const text = (label: string, max: number) =>
  v.pipe(v.string(`${label}须为文字`), v.trim(), v.minLength(1, `请填写${label}`), v.maxLength(max, `${label}不能超过${max}个字`))

/** The center's details as an admin sets them, all together, each value checked (R25). */
export const centerSchema = fieldsObject({
  name: text('中心名称', 40),
  address: text('中心地址', 80),
  latitude: v.pipe(v.number('纬度须为数字'), v.minValue(-90, '纬度须在-90到90之间'), v.maxValue(90, '纬度须在-90到90之间')),
  longitude: v.pipe(v.number('经度须为数字'), v.minValue(-180, '经度须在-180到180之间'), v.maxValue(180, '经度须在-180到180之间')),
  phone: v.pipe(v.string('电话须为文字'), v.regex(/^[0-9-]{7,20}$/, '电话只能包含数字和短横线')),
})
