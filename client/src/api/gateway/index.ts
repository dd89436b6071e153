/**
 * What the H5 build uses instead of WeChat: the local emulator's dev gateway. Loaded only
 * through ../devGateway.ts, so the mini-program build never bundles it.
 */
export { callViaGateway } from './callViaGateway'
export { devPhoneCode } from './devPhoneCode'
export { subscribeViaGateway } from './subscribeViaGateway'
