import { Text, View } from '@tarojs/components'
import { ActionButton } from '../../components/ActionButton'
import { Notice } from '../../components/Notice'
import { deadlineSentence } from './deadlineSentence'
import { ItemPicker } from './ItemPicker'
import { PhoneNumberButton } from './PhoneNumberButton'
import { ApplicantFields, HolidayField, VisitTimeFields } from './RequestFields'
import type { useBookingForm } from './useBookingForm'

type Form = ReturnType<typeof useBookingForm>

/** The holiday appointment form (R6, R7, R8): the items when none came with the page, holiday, day, half-day or time, who and how to reach them. */
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
      {holiday && form.picking && (
        <View className="card">
          <ItemPicker chosen={form.picked} onToggle={form.toggleItem} error={errors.itemIds ?? errors['itemIds.0']} />
        </View>
      )}
      {holiday && (
        <View className="card">
          <HolidayField open={choices.open} holiday={holiday} onChoose={form.chooseHoliday} />
          {holiday.bookingDeadline && <Notice>{deadlineSentence(holiday.bookingDeadline)}</Notice>}
          {choices.closed.map((line) => (
            <Text key={line} className="line muted">
              {line}
            </Text>
          ))}
          <VisitTimeFields holiday={holiday} draft={draft} errors={errors} update={update} />
        </View>
      )}
      {holiday && (
        <View className="card">
          <ApplicantFields draft={draft} errors={errors} update={update} phoneExtra={<PhoneNumberButton onPhone={form.setPhone} />} />
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
