import { failuresOf } from './checks'
import { copyBuild, removeCopies, SEEDED_DEFECTS } from './seededDefects'

// Each case renders a fresh temporary copy of the build; the real one is never edited.
describe('the render checks fail on a broken build', () => {
  afterAll(removeCopies)

  it('pass on an untouched copy of the build (so a failure below is the seeded defect)', async () => {
    expect(await failuresOf(copyBuild())).toEqual([])
  })

  it.each(SEEDED_DEFECTS.map((defect) => [defect.name, defect] as const))('fail on %s', async (_name, defect) => {
    const root = copyBuild()
    defect.seed(root)
    const failures = await failuresOf(root)
    expect(failures.length).toBeGreaterThan(0)
    expect(failures.join('\n')).toMatch(defect.caughtBy)
  })
})
