import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ActionButton } from '../../components/ActionButton'
import type { HomeCalendarView } from '../calendar/useHomeCalendar'
import { CENTER_URL } from '../center/centerUrl'
import { bookUrl } from './bookUrl'

/**
 * The way into booking at the top of home, seen without scrolling (issue 16,
 * item 4): the first holiday open for booking already chosen (R6), or the book
 * page that says why none is; and the center's own page (R25).
 */
export function HomeBookingEntry({ view }: { view?: HomeCalendarView }) {
  const open = view?.holidays.find((h) => h.open)
  return (
    <View className="home-entry">
      <ActionButton className="btn-primary" onClick={() => void Taro.navigateTo({ url: bookUrl(open ? { holiday: open.name } : {}) })}>
        {open ? `预约${open.name}办理` : '预约节假日办理'}
      </ActionButton>
      {open && <Text className={`line home-entry__deadline ${open.deadline.startsWith('今天') ? 'holiday-row__urgent' : 'muted'}`}>{open.deadline}</Text>}
      <ActionButton className="btn-secondary" onClick={() => void Taro.navigateTo({ url: CENTER_URL })}>
        中心地址、电话与办理规则
      </ActionButton>
    </View>
  )
}
