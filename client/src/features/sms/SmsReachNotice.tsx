import { Text, View } from '@tarojs/components'
import { CANNOT_RECEIVE_SMS, smsNumber } from '@shared/sms'

/**
 * What the desk is told of the number it types for a caller (R7, R11): a mobile gets the
 * confirmation, a change, a cancellation and the day-before reminder by SMS; a number that
 * cannot receive SMS (a landline) is taken all the same, and the desk is told the window
 * will have to call. Nothing while the field is empty.
 */
export function SmsReachNotice({ phone }: { phone: string }) {
  const typed = phone.trim()
  if (typed.length < 7) return null
  return smsNumber(typed) ? (
    <View className="notice sms-notice">
      <Text>确认、变更、取消和办理前一天的提醒将以短信发送到此号码。</Text>
    </View>
  ) : (
    <View className="notice notice--warn sms-notice">
      <Text>{CANNOT_RECEIVE_SMS}。</Text>
    </View>
  )
}
