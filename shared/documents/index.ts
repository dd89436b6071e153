/** Documents the functions write to cloud storage: the register (台账) and the registration form (R8, R19). */
export { CHANNEL_NAMES } from './channelNames'
export { DOCUMENT_URL_SECONDS, type DocumentAnswer } from './documentAnswer'
export { MAX_REGISTER_DAYS, registerInputSchema, type RegisterInput } from './registerInput'
export { REGISTER_COLUMNS, registerRow, type RegisterNames } from './registerRows'
