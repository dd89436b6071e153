import { Text, View } from '@tarojs/components'
import { ErrorNotice } from '../../../../components/ErrorNotice'
import { Page } from '../../../../components/Page'
import { useCalendarAdmin } from '../../../../features/calendar/admin/useCalendarAdmin'
import { useLargeText } from '../../../../features/settings/useLargeText'
import { WriteError } from '../../components/WriteError'
import { NoticeForm } from './NoticeForm'
import { YearDraftEditor } from './YearDraftEditor'
import { YearList } from './YearList'
import { YearSummary } from './YearSummary'

/** The holiday calendar (Decision under R5): years known, a pasted notice read and saved, each year's changes. */
export default function CalendarAdminPage() {
  const { largeText } = useLargeText()
  const admin = useCalendarAdmin()
  const { draft } = admin
  return (
    <Page largeText={largeText}>
      <View className="card">
        <Text className="card__title">节假日日历</Text>
        <Text className="line muted">每年国务院公布节假日安排后，在此粘贴通知录入；录入后群众即可预约该年的节假日。</Text>
        {admin.saved && <Text className="line calendar-saved">{admin.saved}</Text>}
      </View>

      {draft ? (
        <YearDraftEditor
          draft={draft}
          problems={admin.problems}
          errors={admin.errors}
          error={admin.error}
          busy={admin.busy}
          onSource={admin.setSource}
          onHoliday={admin.setHoliday}
          onAddHoliday={admin.addHoliday}
          onRemoveHoliday={admin.removeHoliday}
          onMakeupDay={admin.setMakeupDay}
          onAddMakeupDay={admin.addMakeupDay}
          onRemoveMakeupDay={admin.removeMakeupDay}
          onSave={() => void admin.save()}
          onCancel={admin.cancel}
          onReload={admin.reloadAfterConflict}
        />
      ) : (
        <>
          <NoticeForm notice={admin.notice} errors={admin.errors} busy={admin.busy} onChange={admin.setNotice} onParse={() => void admin.parse()} />
          <WriteError error={admin.error} />
        </>
      )}
      {admin.loadError ? (
        <ErrorNotice error={admin.loadError} onRetry={admin.reload} />
      ) : admin.loading && admin.years.length === 0 ? (
        <Text className="line muted">正在加载…</Text>
      ) : (
        <YearList years={admin.years} shownYear={admin.shown?.calendar.year} onShow={admin.show} />
      )}

      {!draft && admin.shown && <YearSummary entry={admin.shown} onEdit={() => admin.shown && admin.edit(admin.shown)} />}
    </Page>
  )
}
