import { Button, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { devOpenid, setDevOpenid } from '../../api/gateway/devIdentity'
import { fetchClock, fetchIdentities, moveClock, type DevIdentity } from './devGateway'

/**
 * The H5 build's dev bar, shown only when the app talks to the local
 * emulator: who the app is acting as, and the emulator's clock, both
 * switchable. It is not part of the mini-program build.
 */
export function DevBar() {
  const [open, setOpen] = useState(false)
  const [identities, setIdentities] = useState<DevIdentity[]>([])
  const [now, setNow] = useState('')
  const current = devOpenid()

  useEffect(() => {
    fetchIdentities().then(setIdentities, () => setIdentities([]))
    fetchClock().then((c) => setNow(c.now), () => setNow(''))
  }, [])

  const me = identities.find((i) => i.openid === current)
  const label = me ? me.label : current ? `匿名用户 ${current.slice(-6)}` : '匿名用户'
  const actAs = (openid: string) => {
    setDevOpenid(openid)
    window.location.reload()
  }
  const clock = (body: Parameters<typeof moveClock>[0]) =>
    moveClock(body).then(
      (c) => {
        setNow(c.now)
        window.location.reload()
      },
      () => undefined,
    )

  return (
    <View className="dev-bar">
      <View className="dev-bar__summary" onClick={() => setOpen(!open)}>
        <Text>开发模式 · {label} · {now.replace('T', ' ').slice(0, 16)}</Text>
      </View>
      {open && (
        <View className="dev-bar__panel">
          <Text className="dev-bar__heading">切换身份</Text>
          <View className="dev-bar__row">
            {identities.map((i) => (
              <Button key={i.openid} size="mini" className={i.openid === current ? 'dev-bar__on' : ''} onClick={() => actAs(i.openid)}>
                {i.label}
              </Button>
            ))}
          </View>
          <Text className="dev-bar__heading">模拟时钟</Text>
          <View className="dev-bar__row">
            <Button size="mini" onClick={() => clock({ advanceMinutes: 60 })}>
              +1小时
            </Button>
            <Button size="mini" onClick={() => clock({ advanceMinutes: 24 * 60 })}>
              +1天
            </Button>
            <Button size="mini" onClick={() => clock({ reset: true })}>
              回到现在
            </Button>
          </View>
        </View>
      )}
    </View>
  )
}
