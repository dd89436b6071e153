import { MATERIAL_FORM_NAMES, type Material } from '@shared/items'

/**
 * A material's copies and form in a citizen's words (一次性告知, R11).
 *
 * @example describeMaterial({ name: '居民身份证', copies: 1, form: 'original' }) // '1份 · 原件'
 */
export function describeMaterial(material: Pick<Material, 'copies' | 'form'>): string {
  const form = MATERIAL_FORM_NAMES[material.form]
  return form ? `${material.copies}份 · ${form}` : `${material.copies}份`
}
