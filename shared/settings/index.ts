export { DEFAULT_SETTINGS, DEFAULT_SUPERVISION_POINTS, settingsPatchSchema, withDefaults, type Settings, type SupervisionPoints } from './settings'
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
