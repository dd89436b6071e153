import { Text, View } from '@tarojs/components'
import { ErrorNotice } from '../../../../components/ErrorNotice'
import { Page } from '../../../../components/Page'
import { useLargeText } from '../../../../features/settings/useLargeText'
import { formatBeijingTime } from '../../../../features/admin/formatBeijingTime'
import { entrySource } from '../../../../features/timebank/entrySource'
import { formatMinutes } from '../../../../features/timebank/formatMinutes'
import { LeaveFormCard } from '../../../../features/timebank/LeaveFormCard'
import { DecideRow, LeaveRow } from '../../../../features/timebank/LeaveRow'
import { useTimeBank } from '../../../../features/timebank/useTimeBank'

/** 时间银行 (R24): my balance and ledger, compensatory leave, and a leader's sign-off. */
export default function TimeBankPage() {
  const { largeText } = useLargeText()
  const bank = useTimeBank()
  const data = bank.data
  return (
    <Page largeText={largeText}>
      <View className="card">
        <Text className="card__title">时间银行</Text>
        <Text className="line muted">周末值班和节假日预约服务的时长存入时间银行，可申请等时调休，由窗口负责人审批（负责人本人、一人窗口或跨部门顶岗的由管理科审批）。</Text>
        {data && <Text className="line">{`余额：${formatMinutes(data.balance)}`}</Text>}
      </View>
      {bank.error && <ErrorNotice error={bank.error} onRetry={bank.reload} />}
      {bank.loading && !data && <Text className="line muted">正在加载…</Text>}
      {bank.writeError && <Text className="line error-text">{bank.writeError.message}</Text>}
      {data && data.toDecide.length > 0 && (
        <View className="card">
          <Text className="card__title">{`待我审批（${data.toDecide.length}）`}</Text>
          {data.toDecide.map((leave) => (
            <DecideRow key={leave.id} leave={leave} busy={bank.busy} onDecide={(decision, note) => void bank.decide(leave.id, decision, note)} />
          ))}
        </View>
      )}
      {data && (
        <LeaveFormCard
          form={bank.form}
          available={data.available}
          colleagues={data.colleagues}
          fieldErrors={bank.fieldErrors}
          busy={bank.busy}
          sent={bank.sent}
          onChange={bank.update}
          onSubmit={() => void bank.submit()}
        />
      )}
      {data && (
        <View className="card">
          <Text className="card__title">我的调休申请</Text>
          {data.requests.length === 0 && <Text className="line muted">暂无调休申请。</Text>}
          {data.requests.map((leave) => (
            <LeaveRow key={leave.id} leave={leave} />
          ))}
        </View>
      )}
      {data && (
        <View className="card">
          <Text className="card__title">收支明细</Text>
          {data.entries.length === 0 && <Text className="line muted">暂无记录。值班签退或节假日预约办结后自动存入。</Text>}
          {data.entries.map((entry) => (
            <View key={entry.id} className="counter-row">
              <Text className={entry.minutes < 0 ? 'line error-text' : 'line'}>{formatMinutes(entry.minutes, true)}</Text>
              <Text className="line muted">{`${entrySource(entry)} · ${formatBeijingTime(entry.at)}`}</Text>
            </View>
          ))}
        </View>
      )}
    </Page>
  )
}
