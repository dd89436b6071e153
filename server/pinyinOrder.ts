/**
 * Compares two Chinese names by pinyin, as a county's lists are read (长 as
 * zhang or chang aside). Only the server sorts this way: the cloud functions'
 * Node has full ICU, a phone's JavaScript engine may not (docs/platform.md).
 */
export const compareByPinyin = new Intl.Collator('zh-CN', { sensitivity: 'base', numeric: true }).compare
