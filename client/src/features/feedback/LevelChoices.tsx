import { Text, View } from '@tarojs/components'
import { REVIEW_LEVELS, REVIEW_LEVEL_NAMES, type ReviewLevel } from '@shared/feedback'

/** The five national levels (R20) as chips, best first; one is chosen. */
export function LevelChoices({ value, onChange }: { value?: ReviewLevel; onChange: (level: ReviewLevel) => void }) {
  return (
    <View className="chips__row">
      {REVIEW_LEVELS.map((level) => (
        <Text key={level} className={level === value ? 'chip chip--on' : 'chip'} onClick={() => onChange(level)}>
          {REVIEW_LEVEL_NAMES[level]}
        </Text>
      ))}
    </View>
  )
}
