import type { Locator, Page } from 'playwright-core'

// Taro's H5 picker (taro-picker-core): columns of 34 px rows, the chosen row
// 102 px below the column's top, moved by dragging with the mouse.
const ROW = 34
const TOP = 102

/** The open picker: the one on screen (every picker keeps its hidden sheet in the page). */
const openPicker = (page: Page) => page.locator('.weui-picker:visible').last()

/**
 * Turns each column of the open picker to the row reading `labels[i]`, by
 * dragging as a finger would (a few rows a drag, so the pointer stays on the
 * column), then taps 确定.
 */
async function turnColumns(page: Page, labels: string[]) {
  const picker = openPicker(page)
  await picker.locator('.weui-picker__bd').waitFor()
  for (let column = 0; column < labels.length; column++) {
    const group = picker.locator('taro-picker-group').nth(column)
    for (let guard = 0; guard < 40; guard++) {
      const state = await group.evaluate((el, label) => {
        const content = el.querySelector('.weui-picker__content') as HTMLElement
        const y = new DOMMatrixReadOnly(getComputedStyle(content).transform).m42
        const rows = [...el.querySelectorAll('.weui-picker__item')].map((r) => (r.textContent ?? '').trim())
        const current = Math.round((102 - y) / 34)
        const targets = rows.map((r, i) => (r === label ? i : -1)).filter((i) => i >= 0)
        const target = targets.sort((a, b) => Math.abs(a - current) - Math.abs(b - current))[0]
        return { current, target, rows: rows.length }
      }, labels[column])
      if (state.target === undefined) throw new Error(`the picker's column ${column} has no row “${labels[column]}”`)
      const rows = state.target - state.current
      if (rows === 0) break
      const step = Math.max(-3, Math.min(3, rows))
      const box = await group.boundingBox()
      if (!box) throw new Error('the picker is not on screen')
      const x = box.x + box.width / 2
      const from = box.y + TOP + ROW / 2 + (step > 0 ? ROW * 1.5 : -ROW * 1.5)
      await page.mouse.move(x, from)
      await page.mouse.down()
      for (let moved = 1; moved <= 6; moved++) await page.mouse.move(x, from - (step * ROW * moved) / 6)
      await page.mouse.up()
      // The column snaps to its row with a 0.3 s transition.
      await page.waitForTimeout(350)
    }
  }
  await picker.locator('.weui-picker__action').getByText('确定').click()
  await picker.waitFor({ state: 'hidden' })
}

/** Chooses `date` (`2026-10-31`) in the date picker `trigger` opens. */
export async function pickDate(page: Page, trigger: Locator, date: string) {
  const [year, month, day] = date.split('-')
  await trigger.click()
  await turnColumns(page, [`${year}年`, `${month}月`, `${day}日`])
}

/** Chooses `time` (`14:30`) in the time picker `trigger` opens. */
export async function pickTime(page: Page, trigger: Locator, time: string) {
  const [hour, minute] = time.split(':')
  await trigger.click()
  await turnColumns(page, [hour, minute])
}

/** Chooses the row reading `option` in the one-column picker `trigger` opens. */
export async function pickOption(page: Page, trigger: Locator, option: string) {
  await trigger.click()
  await turnColumns(page, [option])
}
