import { useRouter } from '@tarojs/taro'
import { ErrorNotice } from '../../../../components/ErrorNotice'
import { LargeTextSwitch } from '../../../../components/LargeTextSwitch'
import { Notice } from '../../../../components/Notice'
import { Page } from '../../../../components/Page'
import { ItemDetail } from '../../../../features/items/ItemDetail'
import { useItemDetail } from '../../../../features/items/useItemDetail'
import { useLargeText } from '../../../../features/settings/useLargeText'

/** An item's page: where, how long, what to bring, and the way to book it for a holiday. */
export default function ItemPage() {
  const { largeText, toggleLargeText } = useLargeText()
  const id = useRouter().params.id ?? ''
  const detail = useItemDetail(id)
  return (
    <Page largeText={largeText}>
      <LargeTextSwitch largeText={largeText} onToggle={toggleLargeText} />
      {detail.notFound && <Notice tone="warn">没有找到该事项，可能已从清单中移除，请返回事项列表重新查找。</Notice>}
      {detail.error && !detail.notFound && <ErrorNotice error={detail.error} onRetry={detail.reload} />}
      {!detail.error && !detail.item && <Notice>正在加载事项…</Notice>}
      {detail.item && (
        <ItemDetail item={detail.item} windows={detail.windows} bookable={detail.bookable} onCopy={detail.copyMaterials} onBook={detail.book} />
      )}
    </Page>
  )
}
