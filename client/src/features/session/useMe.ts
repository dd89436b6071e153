import { useCloudQuery } from '../cloud/useCloudQuery'

export type Role = 'admin' | 'section' | 'desk' | 'leader' | 'staff'

export interface Me {
  openid: string
  roles: Role[]
  staff?: { id: string; name: string; windowId?: string }
}

/** Who the caller is, as the server sees it (`catalog` `me`). */
export function useMe() {
  return useCloudQuery('catalog', 'me')
}
