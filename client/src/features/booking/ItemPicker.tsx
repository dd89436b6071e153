import { Input, Text, View } from '@tarojs/components'
import { useMemo, useState } from 'react'
import type { ItemSummary } from '@shared/items'
import { useCloudQuery } from '../cloud/useCloudQuery'
import { isHolidayBookable } from '../items/isHolidayBookable'
import { useDebouncedValue } from '../items/useDebouncedValue'
import { SEARCH_DEBOUNCE_MS, SEARCH_MAX_LENGTH } from '../items/useItemSearch'
import { FormField } from './FormField'

/** At most this many items in one request (the server's `itemIds` check says the same). */
export const MAX_ITEMS = 5

/** Items offered at once, so the day and the contact fields stay near; a search finds the rest. */
const SHOWN = 8

interface Props {
  chosen: readonly ItemSummary[]
  onToggle: (item: ItemSummary) => void
  error?: string
}

/**
 * The items to book when the page was opened from home without one (R1):
 * search the holiday-bookable items and tap to choose, up to five; a chosen
 * item tapped again is taken off. Eight are offered at once, the chosen first.
 */
export function ItemPicker({ chosen, onToggle, error }: Props) {
  const [query, setQuery] = useState('')
  const q = useDebouncedValue(query.trim(), SEARCH_DEBOUNCE_MS)
  const list = useCloudQuery('catalog', 'items.list', { q: q || undefined, mode: 'appointment' })
  const found = useMemo(() => (list.data?.items ?? []).filter(isHolidayBookable), [list.data])
  const chosenIds = new Set(chosen.map((i) => i.id))
  const others = found.filter((i) => !chosenIds.has(i.id))
  const shown = [...chosen, ...others.slice(0, Math.max(SHOWN - chosen.length, 0))]
  const hidden = others.length - (shown.length - chosen.length)
  return (
    <FormField label={`办理事项（可选${MAX_ITEMS}项）`} error={error}>
      <Input className="field" type="text" placeholder="搜索要办理的事项" maxlength={SEARCH_MAX_LENGTH} value={query} onInput={(e) => setQuery(e.detail.value)} />
      <View className="chips__row">
        {shown.map((item) => (
          <Text key={item.id} className={chosenIds.has(item.id) ? 'chip chip--on' : 'chip'} onClick={() => onToggle(item)}>
            {item.name}
          </Text>
        ))}
      </View>
      {!list.loading && shown.length === 0 && <Text className="line muted">没有找到可预约的事项，请换个词搜索或拨打预约电话</Text>}
      {hidden > 0 && <Text className="line muted">还有{hidden}个事项，请输入名称查找</Text>}
      {chosen.length > 0 && <Text className="line muted">已选{chosen.length}项，再点一下可取消</Text>}
    </FormField>
  )
}
