import Taro from '@tarojs/taro'
import type { CenterSettings } from '@shared/settings'

/**
 * One tap to call the center (R7, R25). WeChat asks the user before dialing;
 * a cancel there is no error to show.
 */
export async function callCenter(phone: string): Promise<void> {
  try {
    await Taro.makePhoneCall({ phoneNumber: phone.replace(/-/g, '') })
  } catch {
    // The user chose not to call.
  }
}

/**
 * The map a browser opens for the center: Amap's marker page, which needs no
 * key and takes GCJ-02 coordinates as WeChat's `openLocation` does.
 * @example centerMapUrl({ name: '中心', address: '鲁山路', latitude: 36.1858, longitude: 118.1703, phone: '' })
 * // 'https://uri.amap.com/marker?position=118.1703,36.1858&name=%E4%B8%AD%E5%BF%83&src=yiyuan-zwfw&coordinate=gaode&callnative=1'
 */
export function centerMapUrl(center: CenterSettings): string {
  return `https://uri.amap.com/marker?position=${center.longitude},${center.latitude}&name=${encodeURIComponent(center.name)}&src=yiyuan-zwfw&coordinate=gaode&callnative=1`
}

/**
 * The center on a map with 导航 (R25): WeChat's own map in the mini-program,
 * whose 导航 hands over to the phone's map apps; the H5 build has no
 * `openLocation` outside WeChat's browser, so it opens a map page instead.
 */
export async function openCenterMap(center: CenterSettings, platform: string = process.env.TARO_ENV ?? ''): Promise<void> {
  if (platform === 'h5') {
    window.open(centerMapUrl(center), '_blank', 'noopener')
    return
  }
  try {
    await Taro.openLocation({ latitude: center.latitude, longitude: center.longitude, name: center.name, address: center.address, scale: 17 })
  } catch {
    // Closed, or location refused: nothing to undo.
  }
}
