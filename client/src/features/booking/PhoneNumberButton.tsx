import { Text } from '@tarojs/components'
import { ActionButton } from '../../components/ActionButton'
import { devGateway } from '../../api/devGateway'
import { usePhoneFromCode } from './usePhoneFromCode'

/**
 * 使用微信绑定的手机号 (R7, docs/platform.md): on a phone WeChat's own
 * `openType="getPhoneNumber"` button hands over a one-use code; the H5 build
 * asks the local emulator for one instead. Either way the server exchanges
 * it and the number fills the field, which stays editable.
 */
export function PhoneNumberButton({ onPhone }: { onPhone: (phone: string) => void }) {
  const phone = usePhoneFromCode(onPhone)
  const label = phone.busy ? '正在获取…' : '使用微信绑定的手机号'
  return (
    <>
      {process.env.TARO_ENV === 'weapp' ? (
        <ActionButton className="btn-secondary" size="mini" openType="getPhoneNumber" disabled={phone.busy} onGetPhoneNumber={(e) => void phone.exchange(e.detail.code)}>
          {label}
        </ActionButton>
      ) : (
        <ActionButton className="btn-secondary" size="mini" disabled={phone.busy} onClick={async () => phone.exchange(await devGateway?.devPhoneCode())}>
          {label}
        </ActionButton>
      )}
      {phone.message && <Text className="line error-text">{phone.message}</Text>}
    </>
  )
}
