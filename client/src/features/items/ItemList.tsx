import { Text } from '@tarojs/components'
import { ErrorNotice } from '../../components/ErrorNotice'
import { LoadMore } from '../../components/LoadMore'
import { Notice } from '../../components/Notice'
import type { CloudPages } from '../cloud/useCloudPages'
import { ItemRow } from './ItemRow'
import type { Answer } from '../../api/cloud'

type ItemListData = Answer<'catalog', 'items.list'>

interface Props {
  list: CloudPages<ItemListData['items'][number], ItemListData>
  departmentNames: ReadonlyMap<string, string>
  onOpen: (id: string) => void
  /** Words or a department narrow the list: the count says 共找到. */
  searching: boolean
}

/** The list's four states: loading, failed (with retry), nothing found, and the items with how many there are, a page at a time. */
export function ItemList({ list, departmentNames, onOpen, searching }: Props) {
  if (list.error) return <ErrorNotice error={list.error} onRetry={list.reload} />
  if (!list.data) return <Text className="line muted">正在加载事项…</Text>
  const { items } = list.data
  return (
    <>
      {/* R1 decision: the shipped list is an example until admins replace it. */}
      {items.some((i) => i.example) && <Notice tone="warn">当前显示的是示例数据，具体事项以政务服务中心公布的清单为准。</Notice>}
      {items.length === 0 ? (
        <Notice>没有找到相关事项，换个关键词试试</Notice>
      ) : (
        <Text className="line muted">{searching ? `共找到${list.data.total}项` : `清单共${list.data.total}项`}</Text>
      )}
      {items.map((item) => (
        <ItemRow key={item.id} item={item} departmentName={departmentNames.get(item.departmentId)} onOpen={onOpen} />
      ))}
      <LoadMore shown={items.length} total={list.data.total} more={list.more} loading={list.loading} onMore={list.loadMore} />
    </>
  )
}
