export { ok, fail, type ApiError, type ApiResult, type FieldErrors } from './result'
export { action, dispatch, fieldErrors, type Action, type ActionTable } from './dispatch'
export { requestIdSchema } from './requestId'
export { fieldsObject } from './fieldsObject'
export { noInputSchema } from './noInput'
export { versionSchema } from './versionSchema'
export {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  pageInputEntries,
  pageInputSchema,
  pageOf,
  pageWindow,
  slicePage,
  type Page,
  type PageInput,
} from './page'
