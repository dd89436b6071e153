import Taro from '@tarojs/taro'

/** Asks before an action that cannot be undone from the app (停用). */
export async function confirmAction(title: string, content: string, confirmText = '确定'): Promise<boolean> {
  const res = await Taro.showModal({ title, content, confirmText, confirmColor: '#c0392b' })
  return res.confirm
}
