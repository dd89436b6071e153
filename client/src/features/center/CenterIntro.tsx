import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { CenterAnswer } from '@shared/settings'
import { ActionButton } from '../../components/ActionButton'
import { bookUrl } from '../booking/bookUrl'
import { CenterAddress } from './CenterAddress'
import { CenterPhoneButton } from './CenterPhoneButton'
import { centerRules } from './centerRules'

/**
 * The center's own page (R25): the scheme in a few lines of our own, where
 * it is with the map and the phone one tap away (what people come here for
 * first), the weekend hours, and how and until when to book.
 */
export function CenterIntro({ answer }: { answer: CenterAnswer }) {
  const { walkIn, rules } = centerRules(answer)
  return (
    <>
      <View className="card">
        <Text className="card__title">{answer.center.name}</Text>
        <Text className="line">上班时间没空办事？中心推行“预约+无休”：周末不休息，节假日可预约，企业和群众都可以办。</Text>
      </View>
      <CenterAddress center={answer.center} title="中心地址" />
      <View className="card">
        <Text className="card__title">预约电话</Text>
        <Text className="line">{answer.center.phone}</Text>
        <Text className="line muted">接听时间：工作日 8:30-12:00，13:30-17:00</Text>
        <CenterPhoneButton phone={answer.center.phone} />
      </View>
      <View className="card">
        <Text className="card__title">周末无休</Text>
        <Text className="line">{walkIn}</Text>
      </View>
      <View className="card">
        <Text className="card__title">节假日预约</Text>
        <Text className="line">国家法定节假日期间，窗口按和您约好的时间办理。</Text>
        {rules.map((rule) => (
          <Text key={rule} className="line">
            · {rule}
          </Text>
        ))}
        <ActionButton className="btn-primary" onClick={() => void Taro.navigateTo({ url: bookUrl() })}>
          预约节假日办理
        </ActionButton>
      </View>
    </>
  )
}
