import type { Item, ServiceMode } from './item'

export interface ItemFilter {
  q?: string
  departmentId?: string
  mode?: ServiceMode
}

/** Folds full-width letters and digits and case, so `ＩＣ卡` finds `ic卡`. */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase()
}

/** The words of a search, folded (Chinese has no word breaks, so a word is any run of characters between spaces). */
export function searchWords(q: string | undefined): string[] {
  return fold(q ?? '')
    .split(/\s+/)
    .filter(Boolean)
}

/**
 * Items matching a citizen's search: every word of `q` must appear in the
 * item's name, its materials or its notes. A department counts whether it
 * leads or assists.
 */
export function searchItems<T extends Item>(items: readonly T[], filter: ItemFilter): T[] {
  const words = searchWords(filter.q)
  return items.filter((item) => {
    if (filter.departmentId && item.departmentId !== filter.departmentId && !item.assistingDepartmentIds.includes(filter.departmentId)) {
      return false
    }
    if (filter.mode && !item.modes.includes(filter.mode)) return false
    if (words.length === 0) return true
    const haystack = fold([item.name, item.notes, ...item.materials.map((m) => `${m.name} ${m.note ?? ''}`)].join(' '))
    return words.every((w) => haystack.includes(w))
  })
}
