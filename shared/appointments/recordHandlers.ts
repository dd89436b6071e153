import { fail, ok } from '../api'
import type { Handler } from './handler'
import { normalizeReferenceNo } from './referenceNo'

/**
 * R19: the applicant signed the printed registration form (纸质签字). It
 * counts as their confirmation (`acknowledged`), with the way recorded, for an
 * applicant who cannot confirm in the app: a desk or phone registration, or
 * a mini-program applicant who asked to sign on paper (`onRequest`). The
 * serial number staff type from the form must be this appointment's
 * reference number, so a form signed for another appointment is never
 * recorded against this one (`FORM_NUMBER_MISMATCH`, nothing changes).
 */
export const paperSignHandler: Handler<'paperSign'> = ({ appointment, payload, actor, now }) => {
  if (appointment.channel === 'mini-program' && !payload.onRequest) {
    return fail('INVALID_INPUT', '申请人可在微信小程序中确认办结；如申请人要求在纸质登记表上签字，请勾选“申请人要求纸质签字”', {
      onRequest: '请确认申请人要求在纸质登记表上签字',
    })
  }
  if (!appointment.referenceNo) {
    return fail('FORM_NUMBER_MISMATCH', '该预约没有预约编号，无法核对登记表，请由申请人在小程序中确认或联系管理科')
  }
  const typed = normalizeReferenceNo(payload.formNo)
  if (typed !== appointment.referenceNo) {
    return fail('FORM_NUMBER_MISMATCH', `登记表编号“${payload.formNo}”与本预约不符，请核对登记表顶部的预约编号`, {
      formNo: '登记表编号与本预约不符',
    })
  }
  const paperSignature = { at: now, by: actor.id, formNo: appointment.referenceNo, onRequest: payload.onRequest, note: payload.note ?? '' }
  return ok({
    appointment: { ...appointment, acknowledgedAt: now, paperSignature },
    effects: [],
    note: `申请人已在纸质登记表上签字（编号${appointment.referenceNo}）${payload.note ? `：${payload.note}` : ''}`,
  })
}

/**
 * R8, R19: the section files a served record (归档) under the archive's own
 * number, given by the caller (`context.archiveNo`); a record is filed once
 * (`ALREADY_FILED`).
 */
export const fileHandler: Handler<'file'> = ({ appointment, payload, actor, now, context }) => {
  if (appointment.filing) return fail('ALREADY_FILED', `该记录已归档，归档号${appointment.filing.archiveNo}`)
  const box = payload.box ?? ''
  const filing = { archiveNo: context.archiveNo, box, at: now, by: actor.id }
  return ok({ appointment: { ...appointment, filing }, effects: [], note: `归档号${context.archiveNo}${box ? `，${box}` : ''}` })
}
