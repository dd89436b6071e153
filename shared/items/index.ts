export { MATERIAL_FORM_NAMES, SERVICE_MODE_NAMES, type Item, type Material, type MaterialForm, type ServiceMode } from './item'
export { ITEM_LIMITS, MAX_HANDLING_MINUTES } from './limits'
export { itemFieldsSchema, materialSchema, type ItemFields } from './itemSchema'
export { searchItems, type ItemFilter } from './searchItems'
