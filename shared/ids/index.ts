export { ID_PATTERN, idSchema } from './id'
