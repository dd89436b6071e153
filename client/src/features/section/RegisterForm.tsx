import { Input, Text, Textarea, View } from '@tarojs/components'
import type { HalfDay } from '@shared/appointments'
import { ActionButton } from '../../components/ActionButton'
import { HALF_DAY_NAMES } from '../booking/appointmentWhen'
import { FormField } from '../booking/FormField'
import { holidayDays } from '../booking/holidayDays'
import { formatDateRange, formatMonthDay, formatWeekday } from '../calendar/formatCivilDate'
import { SEARCH_MAX_LENGTH } from '../items/useItemSearch'
import { CHANNEL_NAMES, type StaffChannel } from './registrationRequest'
import type { useRegisterForm } from './useRegisterForm'

type Form = ReturnType<typeof useRegisterForm>

const CHANNELS: StaffChannel[] = ['desk', 'phone']
const HALF_DAYS: HalfDay[] = ['am', 'pm']

/** A desk or phone registration for a citizen (R7): channel, item, holiday and day, who and how to reach them. */
export function RegisterForm({ form }: { form: Form }) {
  const { choices, holiday, draft, errors, update } = form
  return (
    <>
      <View className="card">
        <FormField label="登记渠道">
          <View className="chips__row">
            {CHANNELS.map((c) => (
              <Text key={c} className={c === form.channel ? 'chip chip--on' : 'chip'} onClick={() => form.setChannel(c)}>
                {CHANNEL_NAMES[c]}
              </Text>
            ))}
          </View>
        </FormField>
        <FormField label="办理事项" error={errors.itemIds ?? errors['itemIds.0']}>
          <Input className="field" type="text" placeholder="搜索可预约的事项" maxlength={SEARCH_MAX_LENGTH} value={form.query} onInput={(e) => form.setQuery(e.detail.value)} />
          <View className="chips__row">
            {form.items.map((item) => (
              <Text key={item.id} className={item.id === form.item?.id ? 'chip chip--on' : 'chip'} onClick={() => form.chooseItem(item)}>
                {item.name}
              </Text>
            ))}
          </View>
          {!form.itemsLoading && form.items.length === 0 && <Text className="line muted">没有找到可预约的事项</Text>}
        </FormField>
      </View>
      {choices && !holiday && (
        <View className="card">
          <Text className="card__title">当前没有可预约的节假日</Text>
          {choices.closed.map((line) => (
            <Text key={line} className="line">
              {line}
            </Text>
          ))}
        </View>
      )}
      {choices && holiday && (
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
          <FormField label="期望时间（选填，如 09:30）" error={errors.time}>
            <Input className="field" type="text" placeholder="期望时间 HH:mm" maxlength={5} value={draft.time} onInput={(e) => update('time', e.detail.value)} />
          </FormField>
          <FormField label="申请人姓名" error={errors['applicant.name'] ?? errors.applicant}>
            <Input className="field" type="text" placeholder="申请人姓名" maxlength={20} value={draft.name} onInput={(e) => update('name', e.detail.value)} />
          </FormField>
          <FormField label="联系电话" error={errors['applicant.phone']}>
            <Input className="field" type="text" placeholder="联系电话" maxlength={13} value={draft.phone} onInput={(e) => update('phone', e.detail.value)} />
          </FormField>
          <FormField label="备注（选填）" error={errors.note}>
            <Textarea className="booking-textarea" placeholder="需要说明的情况" maxlength={200} value={draft.note} onInput={(e) => update('note', e.detail.value)} />
          </FormField>
          {form.refusal && <Text className="line error-text">{form.refusal.message}</Text>}
          <ActionButton className="btn-primary" disabled={form.submitting} onClick={() => void form.submit()}>
            {form.submitting ? '正在登记…' : '登记'}
          </ActionButton>
        </View>
      )}
    </>
  )
}
