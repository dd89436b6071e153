import { waitingText } from './waitingText'

describe('waiting time in working minutes (R9)', () => {
  it.each([
    [0, '已等待 0分钟（工作时间）'],
    [45, '已等待 45分钟（工作时间）'],
    [120, '已等待 2小时（工作时间）'],
    [135, '已等待 2小时15分钟（工作时间）'],
  ])('says %i working minutes as %s', (minutes, text) => {
    expect(waitingText(minutes)).toBe(text)
  })
})
