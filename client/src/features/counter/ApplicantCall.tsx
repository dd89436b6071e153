import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ActionButton } from '../../components/ActionButton'

/**
 * The applicant to call (R11): their name and phone, and a button that dials
 * it (`Taro.makePhoneCall`) when the caller may see the whole number
 * (`canSeePhone`: the assigned staff and the lead window's leader); anyone
 * else sees the masked number and no button.
 */
export function ApplicantCall({ name, phone, canCall }: { name: string; phone: string; canCall: boolean }) {
  return (
    <View className="counter-call">
      <Text className="line">{`申请人：${name} ${phone}`}</Text>
      {canCall && (
        <ActionButton className="btn-secondary counter-call__button" onClick={() => void Taro.makePhoneCall({ phoneNumber: phone }).catch(() => undefined)}>
          {`拨打 ${phone}`}
        </ActionButton>
      )}
    </View>
  )
}
