import { redispatchChoices } from './redispatchChoices'

const window = (id: string, departmentId: string) => ({ id, number: id.slice(-1), name: id, departmentId }) as never
const DEPARTMENTS = [
  { id: 'dept-scjg', name: '市场监管', windows: [window('win-2', 'dept-scjg'), window('win-3', 'dept-scjg')] },
  { id: 'dept-rs', name: '人社', windows: [window('win-4', 'dept-rs')] },
  { id: 'dept-sw', name: '税务', windows: [window('win-9', 'dept-sw')] },
] as never[]

describe('the windows a re-dispatch offers (R9, R13)', () => {
  const appointment = { leadWindowId: 'win-2', assistingWindowIds: ['win-9'] }
  it('R13 offers the other windows of the lead department', () => {
    expect(redispatchChoices(appointment, 'dept-scjg', DEPARTMENTS, false).map((w: any) => w.id)).toEqual(['win-3'])
  })
  it('R9 offers other departments\' windows, but not an assisting one, when the section decides so', () => {
    expect(redispatchChoices(appointment, 'dept-scjg', DEPARTMENTS, true).map((w: any) => w.id)).toEqual(['win-4'])
  })
})
