import { Text, View } from '@tarojs/components'
import { useCallback } from 'react'
import { ActionButton } from '../../components/ActionButton'
import { documentName } from './documentName'
import { useOpenDocument } from './useOpenDocument'

const IS_H5 = process.env.TARO_ENV === 'h5'

/**
 * The registration form as a Word file (R19): the mini-program opens it, from where WeChat
 * prints it or sends it to a computer; the H5 build downloads it beside its print page.
 */
export function FormDocumentButton({ appointmentId }: { appointmentId: string }) {
  const request = useCallback((run: Parameters<Parameters<typeof useOpenDocument>[0]>[0]) => run('section', 'records.formDocument', { appointmentId }), [appointmentId])
  const file = useOpenDocument(request)
  return (
    <View className="document-action">
      <ActionButton className={IS_H5 ? 'btn-secondary section-big-button form-document' : 'btn-primary section-big-button form-document'} disabled={file.busy} onClick={() => void file.open()}>
        {file.busy ? '正在生成登记表…' : IS_H5 ? '下载登记表（可编辑文档）' : '打开登记表（可打印或发送到电脑）'}
      </ActionButton>
      {!IS_H5 && !file.doc && <Text className="line muted">在微信中打开后，点右上角“···”可直接打印，或发送给“文件传输助手”在电脑上打印。</Text>}
      {file.doc && !file.openError && !file.busy && (
        <Text className="line muted document-done">{IS_H5 ? `已开始下载“${documentName(file.doc.fileName)}”` : `已打开“${documentName(file.doc.fileName)}”`}</Text>
      )}
      {file.error && <Text className="line error-text">{file.error.message}</Text>}
      {file.openError && <Text className="line error-text">{file.openError}</Text>}
    </View>
  )
}
