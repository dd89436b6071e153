import { Input, Text, View } from '@tarojs/components'
import { useMemo } from 'react'
import { LargeTextSwitch } from '../../components/LargeTextSwitch'
import { Page } from '../../components/Page'
import { DepartmentChips } from '../../features/items/DepartmentChips'
import { ItemList } from '../../features/items/ItemList'
import { openItem } from '../../features/items/openItem'
import { useDepartments } from '../../features/items/useDepartments'
import { SEARCH_MAX_LENGTH, useItemSearch } from '../../features/items/useItemSearch'
import { useLargeText } from '../../features/settings/useLargeText'

/** The item list (清单, R1): search by a word of a name or a material, filter by department. */
export default function ItemsPage() {
  const { largeText, toggleLargeText } = useLargeText()
  const search = useItemSearch()
  const departments = useDepartments().data?.departments
  const departmentNames = useMemo(() => new Map((departments ?? []).map((d) => [d.id, d.name])), [departments])
  return (
    <Page largeText={largeText}>
      <View className="card">
        <Text className="card__title">“预约+无休”事项清单</Text>
        <Text className="line">清单内的事项可在周末到窗口直接办理，法定节假日可预约办理。</Text>
        <LargeTextSwitch largeText={largeText} onToggle={toggleLargeText} />
      </View>
      <Input
        className="search"
        type="text"
        confirmType="search"
        placeholder="搜索事项名称或所需材料"
        maxlength={SEARCH_MAX_LENGTH}
        value={search.query}
        onInput={(e) => search.setQuery(e.detail.value)}
      />
      {departments && departments.length > 0 && (
        <DepartmentChips departments={departments} selected={search.departmentId} onSelect={search.setDepartmentId} />
      )}
      <ItemList list={search.list} departmentNames={departmentNames} onOpen={openItem} searching={search.searching} searched={search.searched} />
    </Page>
  )
}
