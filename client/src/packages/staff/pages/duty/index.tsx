import { Text, View } from '@tarojs/components'
import { ErrorNotice } from '../../../../components/ErrorNotice'
import { Page } from '../../../../components/Page'
import { ShiftCard } from '../../../../features/duty/ShiftCard'
import { useMyDuty } from '../../../../features/duty/useMyDuty'
import { WalkInLogCard } from '../../../../features/duty/WalkInLogCard'
import { useLargeText } from '../../../../features/settings/useLargeText'

/** 我的值班 (R2, R21): my weekend duty shifts, check-in and check-out on the server's clock, and today's walk-in log. */
export default function StaffDutyPage() {
  const { largeText } = useLargeText()
  const duty = useMyDuty()
  const hours = duty.data?.walkInHours ?? []
  const card = (title: string, shifts: typeof duty.upcoming, empty: string) => (
    <View className="card">
      <Text className="card__title">{title}</Text>
      {shifts.length === 0 && <Text className="line muted">{empty}</Text>}
      {shifts.map((shift) => (
        <ShiftCard
          key={shift.id}
          shift={shift}
          today={duty.data?.today ?? ''}
          walkInHours={hours}
          busy={duty.busy}
          onCheckIn={() => void duty.checkIn(shift.id)}
          onCheckOut={() => void duty.checkOut(shift.id)}
        />
      ))}
    </View>
  )
  return (
    <Page largeText={largeText}>
      <View className="card">
        <Text className="card__title">我的值班</Text>
        <Text className="line muted">周末无休日的值班班次。请在值班当天到岗后签到、离岗时签退，时间以系统时间为准；值班时长计入时间银行。</Text>
      </View>
      {duty.writeError && <Text className="line error-text">{duty.writeError.message}</Text>}
      {duty.error && <ErrorNotice error={duty.error} onRetry={duty.reload} />}
      {duty.loading && !duty.data && <Text className="line muted">正在加载…</Text>}
      {duty.data && card('近期值班', duty.upcoming, '暂无值班安排。')}
      {duty.data && <WalkInLogCard key={duty.upcoming.map((s) => s.checkInAt ?? 0).join()} />}
      {duty.data && duty.recent.length > 0 && card('已过的值班', duty.recent, '')}
    </Page>
  )
}
