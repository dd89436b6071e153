import { Text, View } from '@tarojs/components'
import type { CoverCandidate, CoverScope } from '@shared/time-bank'

/** Chips wrap onto several lines: window names are long (a row of them squeezes each into a column). */
const WRAP = { display: 'flex', flexWrap: 'wrap' as const, gap: '12px' }

const GROUPS: readonly { scope: CoverScope; title: string }[] = [
  { scope: 'window', title: '本窗口' },
  { scope: 'department', title: '本部门其他窗口' },
  { scope: 'other', title: '其他窗口（须管理科审批）' },
]

/** The colleagues who may cover (R24), grouped by where they work; a one-person window still has the other groups. */
export function CoverChoices({ colleagues, chosen, onChoose }: { colleagues: CoverCandidate[]; chosen: string; onChoose: (id: string) => void }) {
  if (colleagues.length === 0) return <Text className="line muted">暂无可顶岗的在岗同事</Text>
  return (
    <View>
      {GROUPS.map(({ scope, title }) => {
        const group = colleagues.filter((c) => c.scope === scope)
        if (group.length === 0) return null
        return (
          <View key={scope} className="cover-group">
            <Text className="line muted">{title}</Text>
            <View className="chips__row" style={WRAP}>
              {group.map((c) => (
                <Text key={c.id} className={chosen === c.id ? 'chip chip--on' : 'chip'} onClick={() => onChoose(c.id)}>
                  {scope === 'window' ? c.name : `${c.name} · ${c.windowName}`}
                </Text>
              ))}
            </View>
          </View>
        )
      })}
    </View>
  )
}
