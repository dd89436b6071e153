import { Text, View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import type { SectionRecordAnswer } from '@shared/appointments'
import { ReferenceNoLine } from '../records/ReferenceNoLine'
import { recordStory } from './recordStory'

/**
 * What the section reads of one appointment besides the registration
 * summary (R8, R13): its items, the windows and staff by name, and the
 * whole story step by step, re-dispatches included; `children` (the
 * summary, the steps the section may take) sit between the two.
 */
export function SectionRecordView({ record, children }: PropsWithChildren<{ record: SectionRecordAnswer }>) {
  const { appointment, windowNames, staffNames } = record
  const assisting = appointment.assistingWindowIds.map((id) => windowNames[id] ?? '已删除的窗口')
  return (
    <>
      <View className="card">
        <Text className="card__title">{record.items.map((i) => i.name).join('、')}</Text>
        <ReferenceNoLine referenceNo={appointment.referenceNo} />
        <Text className="line">主办部门：{record.leadDepartment?.name ?? '未知'}</Text>
        <Text className="line">主办窗口：{appointment.leadWindowId ? (windowNames[appointment.leadWindowId] ?? '已删除的窗口') : '尚未派单'}</Text>
        {assisting.length > 0 && <Text className="line">配合窗口：{assisting.join('、')}</Text>}
        <Text className="line">经办人：{appointment.assignedStaffId ? (staffNames[appointment.assignedStaffId] ?? '工作人员') : '尚未指派'}</Text>
        {appointment.registeredBy && <Text className="line">登记人：{staffNames[appointment.registeredBy] ?? '工作人员'}</Text>}
      </View>
      {children}
      <View className="card">
        <Text className="card__title">办理经过</Text>
        {recordStory(record).map((line) => (
          <View key={line.key} className="appointment-step">
            <Text className="line muted">{line.when}</Text>
            <Text className="line">{line.text}</Text>
            {line.note && <Text className="line muted">{line.note}</Text>}
          </View>
        ))}
      </View>
    </>
  )
}
