import type * as v from 'valibot'
import type { Action } from '../api'

/**
 * One action of the contract: the schema its input parses against (on the
 * server at the edge, in the app before sending) and the type of its answer's
 * `data`. The answer is a type only; `answer` is never set at run time.
 */
export interface Endpoint<S extends v.GenericSchema, A> {
  readonly input: S
  readonly answer?: A
}

/**
 * Declares an endpoint: `endpoint(confirmInputSchema).answers<AppointmentAnswer>()`.
 * Two steps because TypeScript infers the schema's type from the argument but
 * cannot infer one type argument while being given the other.
 */
export function endpoint<S extends v.GenericSchema>(input: S) {
  return { answers: <A>(): Endpoint<S, A> => ({ input }) }
}

/** The endpoints of one cloud function, by action name. */
export type Endpoints = Record<string, Endpoint<v.GenericSchema, unknown>>

/** What the app sends for an endpoint: the schema's input type. */
export type InputOf<E> = E extends Endpoint<infer S, unknown> ? v.InferInput<S> : never

/** The `data` of an endpoint's successful answer. */
export type AnswerOf<E> = E extends Endpoint<v.GenericSchema, infer A> ? A : never

/**
 * The action table a cloud function must export for its endpoints: every
 * action, no other, each parsing the contract's input and answering its type.
 * `actions = { … } satisfies ActionsFor<typeof counterContract, ActionContext>`.
 */
export type ActionsFor<C extends Endpoints, Ctx> = {
  [K in keyof C]: Action<Ctx, v.InferOutput<C[K]['input']>, AnswerOf<C[K]>>
}
