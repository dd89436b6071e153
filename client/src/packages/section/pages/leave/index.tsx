import { Text, View } from '@tarojs/components'
import { ErrorNotice } from '../../../../components/ErrorNotice'
import { Page } from '../../../../components/Page'
import { useLargeText } from '../../../../features/settings/useLargeText'
import { DecideRow } from '../../../../features/timebank/LeaveRow'
import { useSectionLeave } from '../../../../features/timebank/useSectionLeave'

/** 调休审批 (R24): the compensatory leave the section signs off. */
export default function SectionLeavePage() {
  const { largeText } = useLargeText()
  const leave = useSectionLeave()
  const list = leave.data?.leaves
  return (
    <Page largeText={largeText}>
      <View className="card">
        <Text className="card__title">调休审批</Text>
        <Text className="line muted">窗口负责人本人的调休、无其他负责人的窗口（如一人窗口）的调休，以及由其他部门窗口同事顶岗的调休，由管理科审批。</Text>
      </View>
      {leave.error && <ErrorNotice error={leave.error} onRetry={leave.reload} />}
      {leave.loading && !list && <Text className="line muted">正在加载…</Text>}
      {leave.writeError && <Text className="line error-text">{leave.writeError.message}</Text>}
      {list && (
        <View className="card">
          <Text className="card__title">{`待审批（${list.length}）`}</Text>
          {list.length === 0 && <Text className="line muted">暂无待审批的调休申请。</Text>}
          {list.map((l) => (
            <DecideRow
              key={l.id}
              leave={l}
              where={`${l.windowName}；顶岗同事所在：${l.coverWindowName}`}
              busy={leave.busy}
              onDecide={(decision, note) => void leave.decide(l.id, decision, note)}
            />
          ))}
        </View>
      )}
    </Page>
  )
}
