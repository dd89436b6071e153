import { Text } from '@tarojs/components'
import { Fragment } from 'react'
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
  /** The words the list answers, to say where items that merely mention them begin. */
  searched?: string
}

/** The list's four states: loading, failed (with retry), nothing found, and the items with how many there are, a page at a time. */
export function ItemList({ list, departmentNames, onOpen, searching, searched }: Props) {
  if (list.error) return <ErrorNotice error={list.error} onRetry={list.reload} />
  if (!list.data) return <Text className="line muted">正在加载事项…</Text>
  const { items, nameMatches } = list.data
  // R1: items named by the words come first; a line marks where those that only mention them begin.
  const mentionsFrom = searched && nameMatches !== undefined && nameMatches < list.data.total ? nameMatches : -1
  return (
    <>
      {/* R1 decision: the shipped list is an example until admins replace it. */}
      {items.some((i) => i.example) && <Notice tone="warn">当前显示的是示例数据，具体事项以政务服务中心公布的清单为准。</Notice>}
      {items.length === 0 ? (
        <Notice>没有找到相关事项，换个关键词试试</Notice>
      ) : (
        <Text className="line muted">{searching ? `共找到${list.data.total}项` : `清单共${list.data.total}项`}</Text>
      )}
      {items.map((item, i) => (
        <Fragment key={item.id}>
          {i === mentionsFrom && <Text className="line muted list-divider">以下事项的所需材料或注意事项中提到“{searched}”</Text>}
          <ItemRow item={item} departmentName={departmentNames.get(item.departmentId)} onOpen={onOpen} />
        </Fragment>
      ))}
      <LoadMore shown={items.length} total={list.data.total} more={list.more} loading={list.loading} onMore={list.loadMore} />
    </>
  )
}
