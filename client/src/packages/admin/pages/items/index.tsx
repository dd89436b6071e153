import { Input, Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useRef } from 'react'
import { ErrorNotice } from '../../../../components/ErrorNotice'
import { LoadMore } from '../../../../components/LoadMore'
import { Page } from '../../../../components/Page'
import { useAdminItems } from '../../../../features/admin/useAdminItems'
import { useLargeText } from '../../../../features/settings/useLargeText'
import { ActionButton } from '../../../../components/ActionButton'

const EDIT = '/packages/admin/pages/item-edit/index'

/** The admin's item list (清单, R1): every item, archived ones marked; create and edit. */
export default function AdminItemsPage() {
  const { largeText } = useLargeText()
  const list = useAdminItems()
  const shown = useRef(false)
  // Back from the editor, show what was saved there.
  useDidShow(() => {
    if (shown.current) list.reload()
    shown.current = true
  })

  return (
    <Page largeText={largeText}>
      <View className="card">
        <Text className="card__title">事项管理</Text>
        <Text className="line muted">维护“预约+无休”事项清单。</Text>
        <View className="admin-actions">
          <ActionButton size="mini" className="btn-primary" onClick={() => void Taro.navigateTo({ url: EDIT })}>
            新增事项
          </ActionButton>
          <ActionButton size="mini" onClick={() => void Taro.navigateTo({ url: '/packages/admin/pages/org/index' })}>
            部门与窗口
          </ActionButton>
          <ActionButton size="mini" onClick={() => void Taro.navigateTo({ url: '/packages/admin/pages/staff/index' })}>
            人员管理
          </ActionButton>
        </View>
      </View>

      <View className="card">
        <Input
          className="admin-input"
          placeholder="搜索事项名称、材料或注意事项"
          confirmType="search"
          value={list.text}
          onInput={(e) => list.setText(e.detail.value)}
          onConfirm={list.search}
        />
        <View className="admin-actions">
          <ActionButton size="mini" onClick={list.search}>
            搜索
          </ActionButton>
          {list.q && (
            <ActionButton size="mini" onClick={list.clear}>
              清除
            </ActionButton>
          )}
        </View>
      </View>

      {list.error ? (
        <ErrorNotice error={list.error} onRetry={list.reload} />
      ) : list.loading && list.rows.length === 0 ? (
        <Text className="line muted">正在加载…</Text>
      ) : list.rows.length === 0 ? (
        <Text className="line muted">{list.q ? `没有找到与“${list.q}”相关的事项` : '还没有事项，点“新增事项”添加'}</Text>
      ) : (
        list.rows.map((row) => (
          <View
            key={row.id}
            className={row.archived ? 'card admin-archived' : 'card'}
            onClick={() => void Taro.navigateTo({ url: `${EDIT}?id=${encodeURIComponent(row.id)}` })}
          >
            <Text className="card__title">{row.name}</Text>
            {row.archived && <Text className="admin-tag admin-tag--archived">已停用</Text>}
            {row.example && <Text className="admin-tag">示例数据</Text>}
            <Text className="line muted">
              {row.departmentName} · {row.modesText}
            </Text>
            <Text className="line muted">
              预计{row.estimatedMinutes}分钟 · 材料{row.materialCount}项
            </Text>
          </View>
        ))
      )}
      {!list.error && <LoadMore shown={list.rows.length} total={list.total} more={list.more} loading={list.loading} onMore={list.loadMore} />}
    </Page>
  )
}
