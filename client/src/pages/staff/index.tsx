import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ErrorNotice } from '../../components/ErrorNotice'
import { Page } from '../../components/Page'
import { useLargeText } from '../../features/settings/useLargeText'
import { useMe, type Role } from '../../features/session/useMe'

const ROLE_NAMES: Record<Role, string> = {
  admin: '管理员',
  section: '政务服务管理科',
  desk: '咨询台',
  leader: '窗口负责人',
  staff: '窗口工作人员',
}

/** The staff tab: each role's work; to anyone else, what it is for. */
export default function StaffPage() {
  const { largeText } = useLargeText()
  const me = useMe()
  return (
    <Page largeText={largeText}>
      {me.loading && !me.data && <Text className="line muted">正在读取身份…</Text>}
      {me.error && <ErrorNotice error={me.error} onRetry={me.reload} />}
      {me.data && me.data.roles.length === 0 && (
        <View className="card">
          <Text className="card__title">工作人员入口</Text>
          <Text className="line">此页面供政务服务中心工作人员使用。</Text>
          <Text className="line muted">办事群众请使用“办事”和“我的预约”。</Text>
        </View>
      )}
      {me.data && me.data.roles.length > 0 && (
        <View className="card">
          <Text className="card__title">{me.data.staff?.name ?? '工作人员'}</Text>
          <Text className="line">身份：{me.data.roles.map((r) => ROLE_NAMES[r]).join('、')}</Text>
          {me.data.roles.some((r) => r === 'staff' || r === 'leader') && (
            <Button onClick={() => Taro.navigateTo({ url: '/packages/staff/pages/queue/index' })}>窗口工单</Button>
          )}
          {me.data.roles.includes('admin') && (
            <Button onClick={() => Taro.navigateTo({ url: '/packages/admin/pages/items/index' })}>事项管理</Button>
          )}
        </View>
      )}
    </Page>
  )
}
