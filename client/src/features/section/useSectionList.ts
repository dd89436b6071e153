import { useCallback, useMemo, useState } from 'react'
import type { Answer } from '../../api/cloud'
import { useCloudPages } from '../cloud/useCloudPages'
import { useCloudQuery } from '../cloud/useCloudQuery'
import { filterOptions, listInput, NO_FILTERS, type SectionListFilters } from './sectionListFilters'

type List = Answer<'section', 'appointments.list'>

/**
 * The section's list of every appointment (R8, R9): the filters, the page
 * read so far (a new filter reads from the first page), and the options of
 * each picker — holidays from the list's answer, windows from the
 * departments.
 */
export function useSectionList() {
  const [filters, setFilters] = useState<SectionListFilters>(NO_FILTERS)
  const input = useMemo(() => listInput(filters), [filters])
  const list = useCloudPages<List['items'][number], List>('section', 'appointments.list', input)
  const departments = useCloudQuery('catalog', 'departments.list', {})
  // kept while a filtered read is under way (`useCloudPages` keeps the last answer)
  const holidays = useMemo(() => list.data?.holidays ?? [], [list.data?.holidays])
  const windows = useMemo(() => (departments.data?.departments ?? []).flatMap((d) => d.windows), [departments.data])
  const options = useMemo(() => filterOptions(holidays, windows, filters.holiday), [holidays, windows, filters.holiday])
  const choose = useCallback(<K extends keyof SectionListFilters>(key: K, value: SectionListFilters[K]) => {
    // a new holiday starts its dates over
    setFilters((f) => ({ ...f, [key]: value, ...(key === 'holiday' ? { date: '' } : {}) }))
  }, [])
  return { filters, choose, reset: () => setFilters(NO_FILTERS), options, list, filtered: Object.keys(input).length > 0 }
}
