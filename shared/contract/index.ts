/**
 * The one contract between the app and the cloud functions (docs/style.md;
 * the idea of tRPC's router type, not its runtime): for each function and
 * action, the schema its input parses against and the type of its answer.
 * The functions' action tables are checked against it (`ActionsFor`), the
 * app's `callCloud` takes its input and answer types from it, so a field
 * renamed here fails to compile on both sides.
 */
import { adminContract } from './admin'
import { bookingContract } from './booking'
import { catalogContract } from './catalog'
import { counterContract } from './counter'
import { sectionContract } from './section'
import { supervisionContract } from './supervision'

export const contract = {
  catalog: catalogContract,
  booking: bookingContract,
  counter: counterContract,
  section: sectionContract,
  supervision: supervisionContract,
  admin: adminContract,
}

export type Contract = typeof contract

/** The cloud functions the app calls (the scheduler runs on its timer only). */
export type FunctionName = keyof Contract

/** The actions of one function. */
export type ActionName<F extends FunctionName> = keyof Contract[F] & string

export { adminContract, bookingContract, catalogContract, counterContract, sectionContract, supervisionContract }
export { endpoint, type ActionsFor, type AnswerOf, type Endpoint, type Endpoints, type InputOf } from './endpoint'
