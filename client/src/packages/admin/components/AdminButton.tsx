import { Button } from '@tarojs/components'
import type { ButtonProps } from '@tarojs/components'

/**
 * Taro's Button with two H5 traps avoided. `disabled` is left out unless it is
 * true: Taro's H5 styles `taro-button-core[disabled]` by the attribute's
 * presence, so `disabled={false}` (rendered `disabled="false"`) looked greyed
 * out. `loading` is not offered: toggling it re-renders the Stencil button
 * around React's text and throws `insertBefore … not a child`; say
 * "正在保存…" in the label instead.
 */
export function AdminButton({ disabled, className, ...props }: Omit<ButtonProps, 'loading'>) {
  return <Button {...props} className={className ? `admin-btn ${className}` : 'admin-btn'} disabled={disabled || undefined} />
}
