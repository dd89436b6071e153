// Runs the unit and integration suites under several time zones: Beijing time must
// come out the same whatever zone the process is in.
//
// - UTC, the zone cloud functions run in: every project.
// - America/Los_Angeles (a day behind Beijing for most of the day) and Asia/Shanghai (the
//   phones' own zone): the projects whose code turns moments into dates — shared/, the
//   server and function sources, the emulator (its clock and timers) and the client. The
//   `functions` suites (bundled functions on the emulator, half the time of a run) and the
//   repository/deploy checks read no local time of their own; they run once, under UTC.
//
// TEST_ZONES=UTC,… picks the zones; TEST_ZONES_ALL=1 runs every project in every zone.
import { spawnSync } from 'node:child_process'

const zones = (process.env.TEST_ZONES ?? 'UTC,America/Los_Angeles,Asia/Shanghai').split(',')
const ZONE_PROJECTS = ['shared', 'cloudfunctions', 'emulator', 'client']
// Three workers on two cores: the functions' suites mostly wait on emulator
// instances (child processes), so they overlap well (217 s → 77 s here).
const extra = ['--maxWorkers=3', ...process.argv.slice(2)]
for (const zone of zones) {
  const every = zone === 'UTC' || process.env.TEST_ZONES_ALL === '1'
  const select = every ? [] : ['--selectProjects', ...ZONE_PROJECTS]
  console.log(`\n=== jest under TZ=${zone}${every ? '' : ` (${ZONE_PROJECTS.join(', ')})`} ===`)
  const run = spawnSync('npx', ['jest', ...select, ...extra], { stdio: 'inherit', env: { ...process.env, TZ: zone } })
  if (run.status !== 0) {
    console.error(`jest failed under TZ=${zone}`)
    process.exit(run.status ?? 1)
  }
}
