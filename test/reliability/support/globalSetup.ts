import { buildFunctions } from './reliabilityCloud'

/** One build of the cloud functions for all the suites (they run side by side). */
export default function globalSetup(): void {
  buildFunctions()
}
