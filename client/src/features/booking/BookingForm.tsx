import { Input, Text, Textarea, View } from '@tarojs/components'
import type { HalfDay } from '@shared/appointments'
import { ActionButton } from '../../components/ActionButton'
import { Notice } from '../../components/Notice'
import { formatDateRange, formatMonthDay, formatWeekday } from '../calendar/formatCivilDate'
import { HALF_DAY_NAMES } from './appointmentWhen'
import { deadlineSentence } from './deadlineSentence'
import { FormField } from './FormField'
import { holidayDays } from './holidayDays'
import { PhoneNumberButton } from './PhoneNumberButton'
import type { useBookingForm } from './useBookingForm'

type Form = ReturnType<typeof useBookingForm>

const HALF_DAYS: HalfDay[] = ['am', 'pm']

/** The holiday appointment form (R6–R8): holiday, day, half-day or time, who and how to reach them. */
export function BookingForm({ form }: { form: Form }) {
  const { choices, holiday, draft, errors, update } = form
  if (!choices) return null
  return (
    <>
      {choices.open.length === 0 && (
        <View className="card">
          <Text className="card__title">当前没有可预约的节假日</Text>
          {choices.closed.map((line) => (
            <Text key={line} className="line">
              {line}
            </Text>
          ))}
          {choices.unknownNotice && <Text className="line">{choices.unknownNotice}</Text>}
          <Text className="line muted">节假日预约需在节假日前最后一个工作日17:00前提出；工作日可直接到大厅办理。</Text>
        </View>
      )}
      {holiday && (
        <View className="card">
          <FormField label="预约节假日">
            <View className="chips__row">
              {choices.open.map((h) => (
                <Text key={h.name} className={h.name === holiday.name ? 'chip chip--on' : 'chip'} onClick={() => form.chooseHoliday(h.name)}>
                  {h.name}（{formatDateRange(h.start, h.end)}）
                </Text>
              ))}
            </View>
          </FormField>
          {holiday.bookingDeadline && <Notice>{deadlineSentence(holiday.bookingDeadline)}</Notice>}
          {choices.closed.map((line) => (
            <Text key={line} className="line muted">
              {line}
            </Text>
          ))}
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
                <Text
                  key={half}
                  className={half === draft.halfDay ? 'chip chip--on' : 'chip'}
                  onClick={() => update('halfDay', half === draft.halfDay ? undefined : half)}
                >
                  {HALF_DAY_NAMES[half]}
                </Text>
              ))}
            </View>
          </FormField>
          <FormField label="期望时间（选填，如 09:30）" error={errors.time}>
            <Input className="field" type="text" placeholder="期望时间 HH:mm" maxlength={5} value={draft.time} onInput={(e) => update('time', e.detail.value)} />
          </FormField>
        </View>
      )}
      {holiday && (
        <View className="card">
          <FormField label="申请人姓名" error={errors['applicant.name'] ?? errors.applicant}>
            <Input className="field" type="text" placeholder="申请人姓名" maxlength={20} value={draft.name} onInput={(e) => update('name', e.detail.value)} />
          </FormField>
          <FormField label="联系电话" error={errors['applicant.phone']}>
            <Input className="field" type="text" placeholder="联系电话" maxlength={13} value={draft.phone} onInput={(e) => update('phone', e.detail.value)} />
            <PhoneNumberButton onPhone={form.setPhone} />
          </FormField>
          <FormField label="备注（选填）" error={errors.note}>
            <Textarea className="booking-textarea" placeholder="需要说明的情况" maxlength={200} value={draft.note} onInput={(e) => update('note', e.detail.value)} />
          </FormField>
          <Text className="line muted">
            我们收集您的姓名和联系电话，仅用于窗口工作人员就本次预约与您联系（告知所需材料、确认办理时间）。
          </Text>
          {form.refusal && <Text className="line error-text">{form.refusal.message}</Text>}
          <ActionButton className="btn-primary" disabled={form.submitting} onClick={() => void form.submit()}>
            {form.submitting ? '正在提交…' : '提交预约'}
          </ActionButton>
        </View>
      )}
    </>
  )
}
