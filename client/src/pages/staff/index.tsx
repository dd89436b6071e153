import { Text } from '@tarojs/components'
import { ErrorNotice } from '../../components/ErrorNotice'
import { LargeTextSwitch } from '../../components/LargeTextSwitch'
import { Page } from '../../components/Page'
import { useMe } from '../../features/session/useMe'
import { useLargeText } from '../../features/settings/useLargeText'
import { InviteForm } from '../../features/staff/InviteForm'
import { StaffHome } from '../../features/staff/StaffHome'

/** The staff tab: each role's work; to anyone else, what it is for and how to bind an invite. */
export default function StaffPage() {
  const { largeText, toggleLargeText } = useLargeText()
  const me = useMe()
  return (
    <Page largeText={largeText}>
      <LargeTextSwitch largeText={largeText} onToggle={toggleLargeText} />
      {me.error && !me.loading && <ErrorNotice error={me.error} onRetry={me.reload} />}
      {me.loading && !me.data && <Text className="line muted">正在读取身份…</Text>}
      {me.data && me.data.roles.length === 0 && <InviteForm onRedeemed={me.reload} />}
      {me.data && me.data.roles.length > 0 && <StaffHome roles={me.data.roles} staff={me.data.staff} />}
    </Page>
  )
}
