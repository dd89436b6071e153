export { CANNOT_RECEIVE_SMS, smsNumber } from './smsNumber'
