import type { WalkInService } from '@shared/duty'
import type { Database } from '../cloud'
import { collection } from '../db'

/** The collection of walk-in services logged on weekend duty (R2, R21). */
export const WALK_IN_SERVICES = 'walkInServices'

/** The one place that reads and writes `walkInServices`. */
export function walkInServiceRepository(db: Database) {
  const services = collection<WalkInService>(db, WALK_IN_SERVICES)
  return {
    /** Saves an entry under its id, once: a repeated request answers the stored entry. */
    log: (service: WalkInService) => services.insertOnce(service),
  }
}
