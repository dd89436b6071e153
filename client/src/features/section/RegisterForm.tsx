import { Input, Text, View } from '@tarojs/components'
import { ActionButton } from '../../components/ActionButton'
import { FormField } from '../booking/FormField'
import { ApplicantFields, HolidayField, VisitTimeFields } from '../booking/RequestFields'
import { SEARCH_MAX_LENGTH } from '../items/useItemSearch'
import { SmsReachNotice } from '../sms/SmsReachNotice'
import { CHANNEL_NAMES, type StaffChannel } from './registrationRequest'
import type { useRegisterForm } from './useRegisterForm'

type Form = ReturnType<typeof useRegisterForm>

const CHANNELS: StaffChannel[] = ['desk', 'phone']

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
          <HolidayField open={choices.open} holiday={holiday} onChoose={form.chooseHoliday} />
          <VisitTimeFields holiday={holiday} draft={draft} errors={errors} update={update} />
          <ApplicantFields draft={draft} errors={errors} update={update} phoneExtra={<SmsReachNotice phone={draft.phone} />} />
          {form.refusal && <Text className="line error-text">{form.refusal.message}</Text>}
          <ActionButton className="btn-primary" disabled={form.submitting} onClick={() => void form.submit()}>
            {form.submitting ? '正在登记…' : '登记'}
          </ActionButton>
        </View>
      )}
    </>
  )
}
