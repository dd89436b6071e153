import { fieldsObject } from './fieldsObject'

/** The input of an action that takes none: `{}` (any other keys are dropped). */
export const noInputSchema = fieldsObject({})
