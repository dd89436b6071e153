import { Text, View } from '@tarojs/components'
import { useCallback, useEffect, useState } from 'react'
import type { AppointmentView } from '@shared/appointments'
import { useCloudQuery } from '../cloud/useCloudQuery'
import { readBackLines, type ReadBackItem } from './readBackLines'

/** Reads one item's materials and notes (`catalog` `items.get`) and hands them up; renders nothing. */
function ItemReader({ id, onRead }: { id: string; onRead: (id: string, item: ReadBackItem) => void }) {
  const item = useCloudQuery('catalog', 'items.get', { id }).data?.item
  useEffect(() => {
    if (item) onRead(id, { name: item.name, materials: item.materials, notes: item.notes })
  }, [id, item, onRead])
  return null
}

/**
 * The read-back script after the desk registers a request (#16.9, R7, R11):
 * the desk reads it to the caller or visitor, so a wrong date, phone or
 * missing material is caught before anyone makes a wasted trip. Every
 * item's materials are read. `phone` is the number the desk typed: the
 * answer masks it for the desk, which is not the one who will call
 * (`canSeePhone`), yet the caller must hear it to check it. `referenceNo`
 * shows the 预约编号 when given (otherwise the record's own, once it has one).
 */
export function ReadBack({ appointment, phone, referenceNo }: { appointment: AppointmentView; phone: string; referenceNo?: string }) {
  const [read, setRead] = useState<Record<string, ReadBackItem>>({})
  const onRead = useCallback((id: string, item: ReadBackItem) => setRead((r) => ({ ...r, [id]: item })), [])
  const items = appointment.itemIds.flatMap((id) => read[id] ?? [])
  const complete = items.length === appointment.itemIds.length
  const heading = appointment.channel === 'phone' ? '请向来电群众复述' : '请向群众复述'
  return (
    <View className="card section-readback">
      {appointment.itemIds.map((id) => (
        <ItemReader key={id} id={id} onRead={onRead} />
      ))}
      <Text className="card__title">{heading}</Text>
      {complete ? (
        readBackLines({ ...appointment, applicant: { ...appointment.applicant, phone } }, items, referenceNo ?? appointment.referenceNo).map((line, i) => (
          <Text key={i} className="line">
            {line}
          </Text>
        ))
      ) : (
        <Text className="line muted">正在读取所需材料…</Text>
      )}
    </View>
  )
}
