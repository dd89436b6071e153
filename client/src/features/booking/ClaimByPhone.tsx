import { Text, View } from '@tarojs/components'
import { ActionButton } from '../../components/ActionButton'
import { devGateway } from '../../api/devGateway'
import { ClaimedMessagesCard } from './ClaimedMessagesCard'
import { useClaimByPhone } from './useClaimByPhone'

/**
 * 用手机号查找电话/窗口登记的预约 (R7, docs/platform.md): on a phone WeChat's
 * own `openType="getPhoneNumber"` button hands over a one-use code for the
 * number bound to this WeChat; the H5 build asks the local emulator for one
 * instead. The server exchanges it and links the registrations made for
 * that number at the desk or by phone; `onClaimed` shows them, and a card
 * then offers their messages (`ClaimedMessagesCard`).
 */
export function ClaimByPhone({ onClaimed }: { onClaimed: () => void }) {
  const search = useClaimByPhone(onClaimed)
  const label = search.busy ? '正在查找…' : '用手机号查找电话/窗口登记的预约'
  return (
    <>
      <View className="card">
        <Text className="card__title">电话或窗口登记的预约</Text>
        <Text className="line muted">在中心咨询台现场登记或打电话预约的，可用本微信绑定的手机号找回，之后在这里查看、取消、确认和评价。</Text>
        {process.env.TARO_ENV === 'weapp' ? (
          <ActionButton className="btn-secondary" openType="getPhoneNumber" disabled={search.busy} onGetPhoneNumber={(e) => void search.claim(e.detail.code)}>
            {label}
          </ActionButton>
        ) : (
          <ActionButton className="btn-secondary" disabled={search.busy} onClick={async () => search.claim(await devGateway?.devPhoneCode())}>
            {label}
          </ActionButton>
        )}
        {search.message && <Text className={search.message.error ? 'line error-text' : 'line'}>{search.message.text}</Text>}
      </View>
      {search.claimed > 0 && <ClaimedMessagesCard />}
    </>
  )
}
