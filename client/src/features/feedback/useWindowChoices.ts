import { useMemo } from 'react'
import { byWindowNumber } from '@shared/org'
import { useCloudQuery } from '../cloud/useCloudQuery'

/** Every window as a choice, in number order: `2号 市场主体登记` (R20: the window a phone complaint is about). */
export function useWindowChoices(): { id: string; label: string }[] {
  const departments = useCloudQuery('catalog', 'departments.list')
  return useMemo(
    () =>
      (departments.data?.departments ?? [])
        .flatMap((d) => d.windows)
        .sort(byWindowNumber)
        .map((w) => ({ id: w.id, label: `${w.number}号 ${w.name}` })),
    [departments.data],
  )
}
