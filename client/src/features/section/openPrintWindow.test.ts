import { openPrintWindow } from './openPrintWindow'

describe('the print window (R8, H5)', () => {
  it('writes the whole form into a new window', () => {
    const written: string[] = []
    const popup = { document: { open: jest.fn(), write: (html: string) => written.push(html), close: jest.fn() }, print: jest.fn(), focus: jest.fn() }
    const opened = openPrintWindow('<h1>登记表</h1>', { open: () => popup as never })
    expect(opened).toBe(popup)
    expect(written).toEqual(['<h1>登记表</h1>'])
  })

  it('answers null when a popup blocker refuses the window', () => {
    expect(openPrintWindow('<h1>登记表</h1>', { open: () => null })).toBeNull()
  })
})
