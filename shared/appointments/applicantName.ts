import type { Appointment } from './appointment'

/**
 * Who applies, as a record and a list read it (R7, R8): a person by name; a
 * company by its name, with the person who handles it for the company.
 * @example applicantName({ name: '王经理', phone: '…', company: { name: '沂源县某某有限公司', creditCode: '…' } }) // '沂源县某某有限公司（经办人：王经理）'
 */
export function applicantName(applicant: Appointment['applicant']): string {
  return applicant.company ? `${applicant.company.name}（经办人：${applicant.name}）` : applicant.name
}
