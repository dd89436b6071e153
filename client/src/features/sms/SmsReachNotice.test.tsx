import { render, screen } from '@testing-library/react'
import { SmsReachNotice } from './SmsReachNotice'

describe('what the desk is told of a caller’s number (R11)', () => {
  it('tells the desk that a landline cannot receive SMS and the window must call, without refusing it', () => {
    render(<SmsReachNotice phone="05333618118" />)
    screen.getByText('该号码不能接收短信，请电话告知申请人。')
  })

  it('says a mobile gets the messages by SMS', () => {
    render(<SmsReachNotice phone="13812345678" />)
    screen.getByText('确认、变更、取消和办理前一天的提醒将以短信发送到此号码。')
  })

  it('says nothing while the number is still being typed', () => {
    const { container } = render(<SmsReachNotice phone="138" />)
    expect(container.textContent).toBe('')
  })
})
