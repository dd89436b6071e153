export { ERROR_CODES, ERROR_MESSAGES, messageFor, type ErrorCode } from './codes'
