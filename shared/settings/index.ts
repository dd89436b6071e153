export { DEFAULT_SETTINGS, settingsPatchSchema, withDefaults, type Settings } from './settings'
export {
  DEFAULT_TEMPLATES,
  KEYWORD_SOURCES,
  KEYWORD_TYPES,
  MESSAGE_KINDS,
  templatesPatchSchema,
  type KeywordMapping,
  type KeywordSource,
  type KeywordType,
  type MessageKind,
  type TemplateSetting,
  type TemplateSettings,
} from './templates'
