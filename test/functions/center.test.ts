import { startCloud, type Cloud } from '../support/cloud'

/** The center's details and booking rules for anyone (R2, R6, R7, R25), and an admin correcting them. */
const ADMIN = 'oEXAMPLE_admin_wang'
const CITIZEN = 'oEXAMPLE_citizen_zhang'

let cloud: Cloud
beforeAll(async () => {
  cloud = await startCloud()
}, 60_000)
afterAll(() => cloud?.close())

describe('center.get (R25)', () => {
  it('answers the center, its phone and the booking rules in force to a citizen', async () => {
    const answer = await cloud.call('catalog', 'center.get', {}, CITIZEN)
    expect(answer.ok).toBe(true)
    expect(answer.data.center).toMatchObject({ name: '沂源县政务服务中心', phone: '0533-3618118' })
    expect(answer.data.center.address).toContain('沂源县')
    expect(answer.data.center.latitude).toBeCloseTo(36.19, 1)
    expect(answer.data.center.longitude).toBeCloseTo(118.17, 1)
    expect(answer.data).toMatchObject({ bookingCutoff: '17:00', perApplicantCap: 3 })
    expect(answer.data.walkInHours).toEqual([
      { start: '08:30', end: '12:00' },
      { start: '13:30', end: '17:00' },
    ])
  })

  it('answers what an admin set, and refuses a position off the map, changing nothing', async () => {
    const { version } = (await cloud.call('admin', 'settings.get', {}, ADMIN)).data
    const center = { name: '沂源县政务服务中心', address: '沂源县某路1号', latitude: 36.2, longitude: 118.2, phone: '0533-1234567' }
    const wrong = await cloud.call('admin', 'settings.update', { version, patch: { center: { ...center, latitude: 120 } } }, ADMIN)
    expect(wrong.error).toMatchObject({ code: 'INVALID_INPUT' })
    expect(JSON.stringify(wrong.error.fields)).toContain('纬度须在-90到90之间')
    expect((await cloud.call('catalog', 'center.get', {}, CITIZEN)).data.center.phone).toBe('0533-3618118')

    expect((await cloud.call('admin', 'settings.update', { version, patch: { center } }, ADMIN)).ok).toBe(true)
    expect((await cloud.call('catalog', 'center.get', {}, CITIZEN)).data.center).toEqual(center)
  })
})
