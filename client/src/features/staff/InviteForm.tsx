import { Input, Text, View } from '@tarojs/components'
import { INVITE_CODE_LENGTH } from '@shared/org'
import { ActionButton } from '../../components/ActionButton'
import { useRedeemInvite, type RedeemData } from './useRedeemInvite'

/** For anyone not (yet) staff: what the tab is for, and where to enter an invite code from an admin. */
export function InviteForm({ onRedeemed }: { onRedeemed: (data: RedeemData) => void }) {
  const invite = useRedeemInvite(onRedeemed)
  return (
    <>
      <View className="card">
        <Text className="card__title">工作人员入口</Text>
        <Text className="line">此页面供政务服务中心工作人员使用。</Text>
        <Text className="line muted">办事群众请使用“办事”和“我的预约”。</Text>
      </View>
      <View className="card">
        <Text className="card__title">绑定工作人员身份</Text>
        <Text className="line muted">请输入管理员提供的{INVITE_CODE_LENGTH}位邀请码。</Text>
        <Input
          className="field"
          type="text"
          placeholder="邀请码"
          maxlength={INVITE_CODE_LENGTH + 4}
          value={invite.code}
          onInput={(e) => invite.setCode(e.detail.value)}
        />
        {invite.error && <Text className="line error-text">{invite.error}</Text>}
        <ActionButton className="btn-primary" disabled={invite.submitting} onClick={() => void invite.submit()}>
          {invite.submitting ? '正在绑定…' : '绑定'}
        </ActionButton>
      </View>
    </>
  )
}
