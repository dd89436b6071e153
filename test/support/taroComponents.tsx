/**
 * Unit tests of client components render Taro's primitives as plain DOM
 * elements: Taro's H5 component library is Stencil web components that jsdom
 * cannot run. The real components are exercised by the weapp render tests
 * (test/weapp) and the browser tests (e2e/), which use the real builds.
 */
import { createElement, type ReactNode } from 'react'

type Props = { className?: string; children?: ReactNode; onClick?: () => void; [key: string]: unknown }

function primitive(tag: string, role?: string) {
  return function TaroPrimitive({ className, children, onClick }: Props) {
    return createElement(tag, { className, onClick, role }, children)
  }
}

export const View = primitive('div')
export const Text = primitive('span')
export function Button({ className, children, onClick, disabled }: Props) {
  return createElement('button', { className, onClick, disabled: Boolean(disabled) }, children)
}
export const ScrollView = primitive('div')

export function Input({ value, placeholder, onInput, className }: Props) {
  return createElement('input', {
    className,
    placeholder,
    value: (value as string) ?? '',
    onChange: (e: { target: { value: string } }) =>
      (onInput as ((ev: { detail: { value: string } }) => void) | undefined)?.({ detail: { value: e.target.value } }),
  })
}

/** Its state is the `checked` prop; a tap reaches the enclosing row's onClick. */
export function Checkbox({ className, value, checked }: Props) {
  return createElement('input', { type: 'checkbox', className, value, checked: Boolean(checked), readOnly: true })
}

export function Textarea({ value, placeholder, onInput, className }: Props) {
  return createElement('textarea', {
    className,
    placeholder,
    value: (value as string) ?? '',
    onChange: (e: { target: { value: string } }) =>
      (onInput as ((ev: { detail: { value: string } }) => void) | undefined)?.({ detail: { value: e.target.value } }),
  })
}

/**
 * The system picker as a labelled input (`选择器`) beside its face: a change
 * answers as Taro's does, `detail.value` the index for `selector`, the
 * `HH:mm` or `YYYY-MM-DD` string for `time` and `date`.
 */
export function Picker({ className, children, mode, value, onChange }: Props) {
  const answer = (raw: string) => (onChange as ((ev: { detail: { value: string | number } }) => void) | undefined)?.({ detail: { value: mode === 'selector' ? Number(raw) : raw } })
  return createElement(
    'div',
    { className },
    children,
    createElement('input', { 'aria-label': '选择器', value: String(value ?? ''), onChange: (e: { target: { value: string } }) => answer(e.target.value) }),
  )
}
