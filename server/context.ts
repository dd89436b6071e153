import { currentCaller, getCloud, type Caller, type Database } from './cloud'

/** What every action handler gets: the caller, the database and the clock. */
export interface ActionContext {
  caller: Caller
  db: Database
  now: () => Date
}

export function createContext(): ActionContext {
  return { caller: currentCaller(), db: getCloud().database(), now: () => new Date() }
}
