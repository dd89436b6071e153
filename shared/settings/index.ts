export { DEFAULT_SETTINGS, settingsPatchSchema, withDefaults, type Settings } from './settings'
