import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { formatBeijingTime } from '../../../features/admin/formatBeijingTime'
import type { Invite } from '../../../features/admin/useStaffAdmin'
import { ActionButton } from '../../../components/ActionButton'

/** A new invite code, large enough to read out, with its expiry in Beijing time. */
export function InviteCard({ invite, name, onClose }: { invite: Invite; name: string; onClose: () => void }) {
  return (
    <View className="card">
      <Text className="card__title">{name}的邀请码</Text>
      <Text className="admin-invite__code">{invite.code}</Text>
      <Text className="line">有效期至 {formatBeijingTime(invite.expiresAt)}（北京时间）</Text>
      <Text className="line muted">请告知本人：在“工作台”输入邀请码即可绑定微信。邀请码只能使用一次。</Text>
      <View className="admin-actions">
        <ActionButton size="mini" className="btn-primary" onClick={() => void Taro.setClipboardData({ data: invite.code })}>
          复制邀请码
        </ActionButton>
        <ActionButton size="mini" onClick={onClose}>
          关闭
        </ActionButton>
      </View>
    </View>
  )
}
