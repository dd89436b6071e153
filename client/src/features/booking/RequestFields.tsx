import { Input, Text, Textarea, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { FieldErrors } from '@shared/api'
import { COMPANY_NAME_MAX, type HalfDay } from '@shared/appointments'
import type { TimeSpan, UpcomingHoliday } from '@shared/calendar'
import { TimeField } from '../../components/PickerFields'
import { formatDateRange, formatMonthDay, formatWeekday } from '../calendar/formatCivilDate'
import { HALF_DAY_NAMES } from './appointmentWhen'
import type { BookingDraft } from './bookingForm'
import { FormField } from './FormField'
import { holidayDays } from './holidayDays'

const HALF_DAYS: HalfDay[] = ['am', 'pm']
/** The picker's range when the hours are not known: the server checks the real ones (R4). */
const DEFAULT_SPAN: readonly TimeSpan[] = [{ start: '08:30', end: '17:00' }]

interface Props {
  holiday: UpcomingHoliday
  draft: BookingDraft
  errors: FieldErrors
  update: <K extends keyof BookingDraft>(field: K, value: BookingDraft[K]) => void
}

/** Which of the holidays still open for booking (R6). */
export function HolidayField({ open, holiday, onChoose }: { open: UpcomingHoliday[]; holiday: UpcomingHoliday; onChoose: (name: string) => void }) {
  return (
    <FormField label="预约节假日">
      <View className="chips__row">
        {open.map((h) => (
          <Text key={h.name} className={h.name === holiday.name ? 'chip chip--on' : 'chip'} onClick={() => onChoose(h.name)}>
            {h.name}（{formatDateRange(h.start, h.end)}）
          </Text>
        ))}
      </View>
    </FormField>
  )
}

/**
 * When, within the chosen holiday (R4, R6): the day, a half-day or a preferred
 * time, picked within `serviceHours` (the center's, from the calendar's answer).
 * Shared by the citizen's form and the desk's.
 */
export function VisitTimeFields({ holiday, draft, errors, update, serviceHours = DEFAULT_SPAN }: Props & { serviceHours?: readonly TimeSpan[] }) {
  return (
    <>
      <FormField label="预约日期" error={errors.date}>
        <View className="chips__row">
          {holidayDays(holiday).map((day) => (
            <Text key={day} className={day === draft.date ? 'chip chip--on' : 'chip'} onClick={() => update('date', day)}>
              {formatMonthDay(day)} {formatWeekday(day)}
            </Text>
          ))}
        </View>
      </FormField>
      <FormField label="时段" error={errors.halfDay}>
        <View className="chips__row">
          {HALF_DAYS.map((half) => (
            <Text key={half} className={half === draft.halfDay ? 'chip chip--on' : 'chip'} onClick={() => update('halfDay', half === draft.halfDay ? undefined : half)}>
              {HALF_DAY_NAMES[half]}
            </Text>
          ))}
        </View>
      </FormField>
      <FormField label="期望时间（选填）" error={errors.time}>
        <TimeField
          value={draft.time}
          placeholder="点此选择期望时间"
          start={serviceHours[0]?.start}
          end={serviceHours[serviceHours.length - 1]?.end}
          onChange={(time) => update('time', time)}
          onClear={() => update('time', '')}
        />
      </FormField>
    </>
  )
}

/** Who the appointment is for and how to reach them (R8); `phoneExtra` sits under the phone field (WeChat's phone-number button). */
export function ApplicantFields({ draft, errors, update, phoneExtra }: Omit<Props, 'holiday'> & { phoneExtra?: ReactNode }) {
  const company = Boolean(draft.asCompany)
  return (
    <>
      <FormField label="申请人类型">
        <View className="chips__row">
          <Text className={company ? 'chip' : 'chip chip--on'} onClick={() => update('asCompany', false)}>
            个人办理
          </Text>
          <Text className={company ? 'chip chip--on' : 'chip'} onClick={() => update('asCompany', true)}>
            企业办理
          </Text>
        </View>
      </FormField>
      {company && (
        <>
          <FormField label="企业名称（与营业执照一致）" error={errors['applicant.company.name'] ?? errors['applicant.company']}>
            <Input className="field" type="text" placeholder="企业名称" maxlength={COMPANY_NAME_MAX} value={draft.companyName ?? ''} onInput={(e) => update('companyName', e.detail.value)} />
          </FormField>
          <FormField label="统一社会信用代码（18位）" error={errors['applicant.company.creditCode']}>
            <Input className="field" type="text" placeholder="统一社会信用代码" maxlength={22} value={draft.creditCode ?? ''} onInput={(e) => update('creditCode', e.detail.value)} />
          </FormField>
        </>
      )}
      <FormField label={company ? '经办人姓名' : '申请人姓名'} error={errors['applicant.name'] ?? errors.applicant}>
        <Input className="field" type="text" placeholder={company ? '经办人姓名' : '申请人姓名'} maxlength={20} value={draft.name} onInput={(e) => update('name', e.detail.value)} />
      </FormField>
      <FormField label="联系电话" error={errors['applicant.phone']}>
        {/* `number`: the phone's number keyboard; a landline is typed with its area code and no dash (R7). */}
        <Input className="field" type="number" placeholder="联系电话" maxlength={13} value={draft.phone} onInput={(e) => update('phone', e.detail.value)} />
        {phoneExtra}
      </FormField>
      <FormField label="备注（选填）" error={errors.note}>
        <Textarea className="booking-textarea" placeholder="需要说明的情况" maxlength={200} value={draft.note} onInput={(e) => update('note', e.detail.value)} />
      </FormField>
    </>
  )
}
