import { Text, View } from '@tarojs/components'
import { civilTimeOf } from '@shared/time'
import { ActionButton } from '../../components/ActionButton'
import { FieldError } from '../../components/FieldError'
import { useWalkInLog } from './useWalkInLog'

/**
 * 周末办件登记 (R2, R21) on my duty page: on a walk-in day I am on duty and
 * checked in, the walk-in items of the window I serve as chips, a count with
 * − and +, 帮办代办 on or off, and 登记; then what was logged today at the
 * windows I am on duty for, by me and by colleagues on duty there, each with
 * who logged it (the window's number too when I serve two). Nothing is shown
 * on a day without duty. The duty page remounts it after a check-in.
 */
export function WalkInLogCard() {
  const log = useWalkInLog()
  const data = log.data
  if (!data || data.shifts.length === 0) return null
  const shift = data.shifts.find((s) => s.checkInAt !== undefined)
  const numberOf = new Map(data.windows.map((w) => [w.id, `${w.number}号窗口 `]))
  const several = new Set(data.services.map((s) => s.windowId)).size > 1
  return (
    <View className="card walk-in-log">
      <Text className="card__title">周末办件登记</Text>
      {!shift && <Text className="line muted">签到后可登记今天窗口办理的事项和件数。</Text>}
      {shift &&
        data.windows
          .filter((w) => w.id === shift.windowId)
          .map((w) => (
            <View key={w.id}>
              <Text className="line muted">{`${w.number}号窗口 ${w.name}：选事项、件数，点“登记”。`}</Text>
              <Text className="duty-panel__label">办理事项</Text>
              <View className="duty-panel__chips">
                {w.items.map((item) => (
                  <Text key={item.id} className={log.itemId === item.id ? 'chip chip--on duty-chip' : 'chip duty-chip'} onClick={() => log.choose(item.id)}>
                    {item.name}
                  </Text>
                ))}
              </View>
              <FieldError message={log.fieldErrors.itemId} />
              <View className="walk-in-log__count">
                <Text className="duty-panel__label">件数</Text>
                <ActionButton className="btn-secondary walk-in-log__step" onClick={() => log.step(-1)}>
                  −
                </ActionButton>
                <Text className="walk-in-log__number">{log.count}</Text>
                <ActionButton className="btn-secondary walk-in-log__step" onClick={() => log.step(1)}>
                  +
                </ActionButton>
              </View>
              <FieldError message={log.fieldErrors.count} />
              <Text className={log.assisted ? 'chip chip--on duty-chip' : 'chip duty-chip'} onClick={log.toggleAssisted}>
                {log.assisted ? '✓ 帮办代办' : '帮办代办'}
              </Text>
              <ActionButton className="btn-primary walk-in-log__submit" disabled={log.busy} onClick={() => void log.log(shift.id)}>
                {log.busy ? '正在登记…' : `登记 ${log.count} 件`}
              </ActionButton>
              {log.saved && <Text className="line duty-panel__done">{log.saved}</Text>}
              {log.writeError && !log.fieldErrors.itemId && <Text className="line error-text">{log.writeError.message}</Text>}
            </View>
          ))}
      {data.services.length > 0 && (
        <View className="walk-in-log__list">
          <Text className="duty-panel__label">{`今天窗口登记的：共 ${log.total} 件`}</Text>
          {data.services.map((s) => (
            <Text key={s.id} className="line">
              {`${civilTimeOf(s.at)} ${several ? (numberOf.get(s.windowId) ?? '') : ''}${s.staffName} ${s.itemName} ${s.count} 件${s.assisted ? ' · 帮办代办' : ''}`}
            </Text>
          ))}
        </View>
      )}
    </View>
  )
}
