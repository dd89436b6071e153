/**
 * What a test sees of a rendered page: its text, its classes, taps. There is
 * no layout, so elements are found by class or by text (Taro generates ids).
 */
import type { RootComponent } from 'j-component'

/** The render layer's component system, whose events the mini-program's templates listen to. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const exparser = require('miniprogram-exparser') as {
  Event: { create: (name: string, detail: object, options: object) => unknown; dispatchEvent: (target: unknown, event: unknown) => void }
}

/** A rendered page: its text, its elements by class or text, taps. */
export class PageHandle {
  constructor(
    readonly route: string,
    readonly component: RootComponent<any, any, any>,
    readonly instance: Record<string, any>,
    private readonly settle: () => Promise<void>,
  ) {}

  get root(): Element {
    return this.component.dom as Element
  }

  /** The page's visible text, whitespace collapsed. */
  text(): string {
    return (this.root.textContent ?? '').replace(/\s+/g, ' ').trim()
  }

  /** Whether some element of the page carries this class (as React set it in `className`). */
  hasClass(className: string): boolean {
    return this.component.querySelector(`.${className}`) !== undefined
  }

  /** The innermost element whose text contains `text`. */
  byText(text: string): Element {
    const matches = Array.from(this.root.querySelectorAll('*')).filter((el) => el.textContent?.includes(text))
    const innermost = matches.filter((el) => !matches.some((other) => other !== el && el.contains(other)))
    if (innermost.length === 0) throw new Error(`no element with text "${text}" on ${this.route}: "${this.text()}"`)
    return innermost[0]
  }

  /** Taps like a finger: touchstart then touchend, from which exparser makes `tap`. */
  async tap(text: string): Promise<void> {
    const target = this.byText(text)
    const touch = () => new (globalThis as Record<string, any>).Touch({ identifier: 1, target, clientX: 1, clientY: 1, pageX: 1, pageY: 1 })
    const fire = (type: string, touches: unknown[]) =>
      target.dispatchEvent(new TouchEvent(type, { bubbles: true, cancelable: true, touches, changedTouches: [touch()] } as TouchEventInit))
    fire('touchstart', [touch()])
    fire('touchend', [])
    await this.settle()
  }

  /**
   * What WeChat itself sends an element, as the render layer does: an
   * open-ability button's answer (`getphonenumber` with its one-use `code`),
   * on the innermost element holding `text`.
   */
  async trigger(text: string, event: string, detail: Record<string, unknown>): Promise<void> {
    const target = (this.byText(text) as Element & { __wxElement?: unknown }).__wxElement
    if (!target) throw new Error(`"${text}" on ${this.route} is not an element of the render layer`)
    exparser.Event.dispatchEvent(target, exparser.Event.create(event, detail, { bubbles: true, composed: true }))
    await this.settle()
  }
}
