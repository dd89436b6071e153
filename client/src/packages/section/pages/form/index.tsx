import { Button, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { ErrorNotice } from '../../../../components/ErrorNotice'
import { FormDocumentButton } from '../../../../features/documents/FormDocumentButton'
import { Page } from '../../../../components/Page'
import { RegistrationSummary } from '../../../../features/section/RegistrationSummary'
import { usePrintWindow } from '../../../../features/section/usePrintWindow'
import { useRegistrationForm } from '../../../../features/section/useRegistrationForm'
import { useLargeText } from '../../../../features/settings/useLargeText'

const IS_H5 = process.env.TARO_ENV === 'h5'

export default function RegistrationFormPage() {
  const { largeText } = useLargeText()
  const id = useRouter().params.id ?? ''
  const { form, appointment } = useRegistrationForm(id)
  const printing = usePrintWindow(form.data?.html)
  return (
    <Page largeText={largeText}>
      <View className="card">
        <Text className="card__title">预约服务登记表</Text>
        {IS_H5 ? (
          form.data && (
            <View className="section-actions">
              <Button className="btn-secondary" onClick={() => printing.open()}>
                在新窗口打开登记表
              </Button>
              <Button className="btn-primary" onClick={printing.print}>
                打印
              </Button>
            </View>
          )
        ) : null}
        <FormDocumentButton appointmentId={id} />
        {printing.blocked && <Text className="line error-text">浏览器拦截了新窗口，请允许本站弹出窗口后重试</Text>}
      </View>
      {form.error && <ErrorNotice error={form.error} onRetry={form.reload} />}
      {appointment && <RegistrationSummary appointment={appointment} />}
    </Page>
  )
}
