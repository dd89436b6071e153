import { Button } from '@tarojs/components'

/** The switch for large-text mode; its label says the current state. */
export function LargeTextSwitch({ largeText, onToggle }: { largeText: boolean; onToggle: () => void }) {
  return (
    <Button className="large-text-switch" size="mini" onClick={onToggle}>
      {largeText ? '大字模式：开' : '大字模式：关'}
    </Button>
  )
}
