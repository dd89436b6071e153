import { Button } from '@tarojs/components'
import type { ButtonProps } from '@tarojs/components'

/**
 * The client's one button: Taro's Button with two H5 traps avoided.
 * - `disabled` is left out unless it is true: Taro's H5 styles
 *   `taro-button-core[disabled]` by the attribute's presence, so
 *   `disabled={false}` (rendered `disabled="false"`) looked greyed out and its
 *   white/grey text could not be read on an enabled button.
 * - `loading` is not offered: toggling it re-renders the Stencil button around
 *   React's text and throws `insertBefore … not a child`; say "正在提交…" in
 *   the label instead.
 * Every other prop (`openType`, `size`, `onGetPhoneNumber`, …) passes through,
 * so WeChat's open-ability buttons keep working. `action-btn` carries the
 * layout rules in app.css (admin rows, counter steps).
 */
export function ActionButton({ disabled, className, ...props }: Omit<ButtonProps, 'loading'>) {
  delete (props as ButtonProps).loading // the type forbids it; a cast at a call site must not bring the trap back
  return <Button {...props} className={className ? `action-btn ${className}` : 'action-btn'} disabled={disabled || undefined} />
}
