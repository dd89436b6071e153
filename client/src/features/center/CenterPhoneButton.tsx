import { ActionButton } from '../../components/ActionButton'
import { callCenter } from './centerLinks'

/** The center's booking phone as one tap to call (R7, R25). */
export function CenterPhoneButton({ phone, className = 'btn-secondary' }: { phone: string; className?: string }) {
  return (
    <ActionButton className={`center-phone ${className}`} onClick={() => void callCenter(phone)}>
      拨打预约电话 {phone}
    </ActionButton>
  )
}
