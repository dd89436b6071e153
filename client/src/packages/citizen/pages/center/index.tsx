import { ErrorNotice } from '../../../../components/ErrorNotice'
import { Notice } from '../../../../components/Notice'
import { Page } from '../../../../components/Page'
import { CenterIntro } from '../../../../features/center/CenterIntro'
import { useCenter } from '../../../../features/center/useCenter'
import { useLargeText } from '../../../../features/settings/useLargeText'

/** 中心介绍: the scheme, the hours, the booking rules, the address with its map and the phone (R25). */
export default function CenterPage() {
  const { largeText } = useLargeText()
  const center = useCenter()
  return (
    <Page largeText={largeText}>
      {center.error && <ErrorNotice error={center.error} onRetry={center.reload} />}
      {!center.error && !center.data && <Notice>正在加载…</Notice>}
      {center.data && <CenterIntro answer={center.data} />}
    </Page>
  )
}
