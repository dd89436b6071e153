// Draws the tab bar icons (81×81 PNG, as WeChat asks) from the SVG shapes
// below, in the unselected and selected colours of app.config.ts, by
// screenshotting them in headless Chromium. Run once after changing a shape:
//   npx tsx scripts/make-tab-icons.ts
import path from 'node:path'
import { openBrowser } from '../e2e/support/browser'

const out = path.resolve(__dirname, '..', 'client', 'src', 'assets', 'tabbar')
const COLORS = { normal: '#5b6470', active: '#1f6fb2' }

const SHAPES: Record<string, string> = {
  home: '<path d="M12 38 L40 14 L68 38" /><path d="M20 34 V66 H60 V34" /><path d="M34 66 V48 H46 V66" />',
  items: '<rect x="18" y="12" width="44" height="56" rx="5" /><path d="M28 28 H52 M28 40 H52 M28 52 H44" />',
  mine: '<rect x="12" y="18" width="56" height="48" rx="5" /><path d="M12 32 H68 M26 10 V24 M54 10 V24" /><path d="M30 48 L37 55 L51 41" />',
  staff: '<rect x="10" y="26" width="60" height="40" rx="5" /><path d="M30 26 V18 H50 V26 M10 44 H70" />',
}

async function main() {
  const session = await openBrowser()
  await session.page.setViewportSize({ width: 81, height: 81 })
  for (const [name, shape] of Object.entries(SHAPES)) {
    for (const [state, color] of Object.entries(COLORS)) {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="81" height="81" viewBox="0 0 80 80" fill="none" stroke="${color}" stroke-width="5" stroke-linecap="round" stroke-linejoin="round">${shape}</svg>`
      await session.page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`)
      await session.page.screenshot({ path: path.join(out, `${name}${state === 'active' ? '-active' : ''}.png`), omitBackground: true, clip: { x: 0, y: 0, width: 81, height: 81 } })
    }
  }
  await session.close()
}

void main()
