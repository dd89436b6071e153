import { Text } from '@tarojs/components'
import { windowLabel } from '../items/windowLabel'
import { useDepartments } from '../items/useDepartments'
import { findWindow } from './findWindow'

/** The staff member's window, named as visitors see it above the counter. */
export function StaffWindowLine({ windowId }: { windowId: string }) {
  const { data } = useDepartments()
  const window = data ? findWindow(data.departments, windowId) : undefined
  return <Text className="line">所属窗口：{window ? windowLabel(window) : data ? '未找到该窗口，请联系管理员' : '…'}</Text>
}
