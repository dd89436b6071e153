import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { ErrorNotice } from '../../../../components/ErrorNotice'
import { Notice } from '../../../../components/Notice'
import { Page } from '../../../../components/Page'
import { BookingForm } from '../../../../features/booking/BookingForm'
import { useBookingForm } from '../../../../features/booking/useBookingForm'
import { useLargeText } from '../../../../features/settings/useLargeText'

/** 预约节假日办理: one item, a holiday day open for booking, and who to contact (R6, R7, R8). */
export default function BookPage() {
  const { largeText } = useLargeText()
  const itemId = useRouter().params.itemId ?? ''
  const form = useBookingForm(itemId)
  const error = form.item.error ?? form.calendar.error
  return (
    <Page largeText={largeText}>
      <View className="card">
        <Text className="card__title">预约节假日办理</Text>
        {form.item.data && <Text className="line">办理事项：{form.item.data.item.name}</Text>}
      </View>
      {error && (
        <ErrorNotice
          error={error}
          onRetry={() => {
            form.item.reload()
            form.calendar.reload()
          }}
        />
      )}
      {!error && (!form.item.data || !form.choices) && <Notice>正在加载…</Notice>}
      {form.item.data && !form.bookable && <Notice tone="warn">该事项不提供节假日预约，请在工作日或周末到大厅办理。</Notice>}
      {form.item.data && form.bookable && <BookingForm form={form} />}
    </Page>
  )
}
