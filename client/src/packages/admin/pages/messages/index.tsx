import { Text, View } from '@tarojs/components'
import { chineseDateTime } from '@shared/time'
import { ErrorNotice } from '../../../../components/ErrorNotice'
import { Notice } from '../../../../components/Notice'
import { Page } from '../../../../components/Page'
import { useCloudQuery } from '../../../../features/cloud/useCloudQuery'
import { useLargeText } from '../../../../features/settings/useLargeText'

/**
 * 消息发送情况 (R11, R20): the latest messages that could not be delivered, each with why —
 * a missing SMS template, a landline, an outage — so the admin can fix the settings or
 * know the window must call.
 */
export default function MessageIssuesPage() {
  const { largeText } = useLargeText()
  const issues = useCloudQuery('admin', 'messages.issues', {})
  const items = issues.data?.items
  return (
    <Page largeText={largeText}>
      <View className="card">
        <Text className="card__title">消息发送情况</Text>
        <Text className="line muted">最近未能送达的微信消息和短信及原因。号码不能接收短信的，由窗口电话告知申请人。</Text>
      </View>
      {issues.error && <ErrorNotice error={issues.error} onRetry={issues.reload} />}
      {!issues.error && !items && <Notice>正在加载…</Notice>}
      {items?.length === 0 && <Text className="line muted">最近的消息都已送达。</Text>}
      {items?.map((m) => (
        <View key={m.id} className="card message-issue">
          <Text className="card__title">
            {m.kindName} · {m.channelName}
          </Text>
          <Text className="line">
            发给{m.toName} · {m.statusName} · {chineseDateTime(m.at)}
          </Text>
          {m.referenceNo && <Text className="line muted">预约编号 {m.referenceNo}</Text>}
          <Text className="line notice-text">{m.reason}</Text>
        </View>
      ))}
    </Page>
  )
}
