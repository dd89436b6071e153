export { isPlainText, optionalText, requiredText, text, type TextLines } from './freeText'
