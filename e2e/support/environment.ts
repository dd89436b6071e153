import { TestEnvironment } from 'jest-environment-node'

/** The part of jest-circus's events this environment reads. */
interface TestEvent {
  name: string
  test?: TestEntry
}

interface TestEntry {
  name: string
  parent?: TestEntry
}

/** `describe › it`, without jest's nameless root block. */
function fullName(test: TestEntry): string {
  const names: string[] = []
  for (let entry: TestEntry | undefined = test; entry; entry = entry.parent) {
    if (entry.parent) names.unshift(entry.name)
  }
  return names.join(' › ')
}

/**
 * The browser tests' environment: Node's, plus `e2eFailedTest` on the test
 * file's global, the name of the test now ending when its body failed, so
 * that `afterEach` keeps a screenshot and the page's log (`./setup.ts`).
 */
export default class BrowserTestEnvironment extends TestEnvironment {
  handleTestEvent(event: TestEvent): void {
    if (event.name === 'test_start') this.global.e2eFailedTest = undefined
    if (event.name === 'test_fn_failure' && event.test) this.global.e2eFailedTest = fullName(event.test)
  }
}
