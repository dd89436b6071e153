import { Text, View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import type { CivilDate } from '@shared/time'
import { Field } from '../../components/Field'
import { DateField } from '../../components/PickerFields'
import { ActionButton } from '../../components/ActionButton'
import { documentName } from './documentName'
import { useOpenDocument } from './useOpenDocument'

const IS_H5 = process.env.TARO_ENV === 'h5'

/**
 * 导出台账 (R19): the appointments of a period chosen with the date pickers, one row each, as
 * an Excel file — every window's for the section, the caller's own window's for staff (the
 * server decides which, whatever the page asks). The mini-program opens it (print, or send
 * to a computer); the H5 build downloads it.
 */
export function RegisterExportCard({ scope }: { scope: 'all' | 'window' }) {
  const [from, setFrom] = useState<CivilDate | ''>('')
  const [to, setTo] = useState<CivilDate | ''>('')
  const [missing, setMissing] = useState<{ from?: string; to?: string }>({})
  const request = useCallback(
    (run: Parameters<Parameters<typeof useOpenDocument>[0]>[0]) => run('section', 'records.register', { from: from as CivilDate, to: to as CivilDate }),
    [from, to],
  )
  const file = useOpenDocument(request)
  const exportRegister = () => {
    const errors = { ...(from ? {} : { from: '请选择开始日期' }), ...(to ? {} : { to: '请选择结束日期' }) }
    setMissing(errors)
    if (errors.from || errors.to) return
    void file.open()
  }
  const fields = file.error?.fields ?? {}
  return (
    <View className="card register-export">
      <Text className="card__title">导出台账</Text>
      <Text className="line muted">
        {scope === 'all' ? '所选日期内的全部预约，每条一行，生成电子表格。' : '本窗口所选日期内的预约，每条一行，生成电子表格。'}
        {IS_H5 ? '' : '打开后可直接打印，或发送到电脑。'}
      </Text>
      <Field label="开始日期" error={missing.from ?? fields.from}>
        <DateField className="admin-input register-from" value={from} placeholder="点此选择开始日期" onChange={setFrom} />
      </Field>
      <Field label="结束日期" hint="预约日期在这段时间内的，最多366天" error={missing.to ?? fields.to}>
        <DateField className="admin-input register-to" value={to} placeholder="点此选择结束日期" onChange={setTo} />
      </Field>
      <ActionButton className="btn-primary section-big-button register-export__go" disabled={file.busy} onClick={exportRegister}>
        {file.busy ? '正在生成台账…' : IS_H5 ? '导出并下载台账' : '导出并打开台账'}
      </ActionButton>
      {file.doc && !file.openError && !file.busy && (
        <Text className="line document-done">
          {`台账已生成，共${file.doc.rows ?? 0}条。`}
          {IS_H5 ? `已开始下载“${documentName(file.doc.fileName)}”` : ''}
        </Text>
      )}
      {file.error && !file.error.fields && <Text className="line error-text">{file.error.message}</Text>}
      {file.openError && <Text className="line error-text">{file.openError}</Text>}
    </View>
  )
}
