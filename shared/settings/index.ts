export {
  DEFAULT_SETTINGS,
  DEFAULT_SUPERVISION_POINTS,
  MINIPROGRAM_STATES,
  settingsPatchSchema,
  settingsUpdateInputSchema,
  withDefaults,
  type MiniprogramState,
  type Settings,
  type StoredSettings,
  type SupervisionPoints,
} from './settings'
export {
  DEFAULT_TEMPLATES,
  KEYWORD_SOURCES,
  KEYWORD_TYPES,
  MESSAGE_KINDS,
  MIXED_TERMS_MESSAGE,
  mixedTemplateId,
  SUBSCRIPTION_TERMS,
  templatesPatchSchema,
  type KeywordMapping,
  type KeywordSource,
  type KeywordType,
  type MessageKind,
  type SubscriptionTerm,
  type TemplateSetting,
  type TemplateSettings,
} from './templates'
export { SUBSCRIBE_ANSWERS, subscriptionGrantSchema } from './subscriptionGrantSchema'
export { centerSchema, DEFAULT_CENTER, type CenterAnswer, type CenterSettings } from './center'
export { DEFAULT_SMS, SMS_PARAM_SOURCES, smsPatchSchema, type SmsParamSource, type SmsSettings, type SmsTemplateSetting } from './sms'
