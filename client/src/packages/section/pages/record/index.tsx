import { Button, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { ErrorNotice } from '../../../../components/ErrorNotice'
import { Page } from '../../../../components/Page'
import { FormDocumentButton } from '../../../../features/documents/FormDocumentButton'
import { formUrl } from '../../../../features/section/formUrl'
import { RedispatchPanel } from '../../../../features/section/RedispatchPanel'
import { ReschedulePanel } from '../../../../features/section/ReschedulePanel'
import { RegistrationSummary } from '../../../../features/section/RegistrationSummary'
import { SectionRecordView } from '../../../../features/section/SectionRecordView'
import { useSectionRecord } from '../../../../features/section/useSectionRecord'
import { useLargeText } from '../../../../features/settings/useLargeText'

/** 预约记录: one appointment's whole story for the section, its form, and 改派 until confirmed (R8, R9, R13), 改期 after force majeure (R17). */
export default function SectionRecordPage() {
  const { largeText } = useLargeText()
  const id = useRouter().params.id ?? ''
  const { record, departments, canRedispatch, canReschedule } = useSectionRecord(id)
  const data = record.data
  return (
    <Page largeText={largeText}>
      {record.error && <ErrorNotice error={record.error} onRetry={record.reload} />}
      {data && (
        <>
          <SectionRecordView record={data}>
            <RegistrationSummary appointment={data.appointment} />
            {canRedispatch && <RedispatchPanel record={data} departments={departments} onDone={record.reload} />}
            <ReschedulePanel record={data} departments={departments} open={canReschedule} onDone={record.reload} />
          </SectionRecordView>
          <View className="card">
            <Button className="btn-secondary section-big-button" onClick={() => void Taro.navigateTo({ url: formUrl(data.appointment.id) })}>
              查看并打印登记表
            </Button>
            <FormDocumentButton appointmentId={data.appointment.id} />
          </View>
        </>
      )}
      {!data && !record.error && <Text className="line muted">正在加载…</Text>}
    </Page>
  )
}
