import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ROLE_NAMES, type Role } from '@shared/org'
import { staffEntries } from './staffEntries'
import { StaffWindowLine } from './StaffWindowLine'

interface Props {
  roles: readonly Role[]
  staff?: { name: string; windowId?: string }
}

/** A staff member's tab: who they are as the server sees them, and the entries their roles open. */
export function StaffHome({ roles, staff }: Props) {
  return (
    <View className="card">
      <Text className="card__title">{staff?.name ?? '工作人员'}</Text>
      <Text className="line">身份：{roles.map((r) => ROLE_NAMES[r]).join('、')}</Text>
      {staff?.windowId && <StaffWindowLine windowId={staff.windowId} />}
      {staffEntries(roles).map((entry) => (
        <Button key={entry.url} className="entry" onClick={() => void Taro.navigateTo({ url: entry.url })}>
          {entry.label}
        </Button>
      ))}
    </View>
  )
}
