import { useCloudQuery } from '../cloud/useCloudQuery'

/** The center's address, phone and booking rules in force (`catalog` `center.get`, R25). */
export function useCenter() {
  return useCloudQuery('catalog', 'center.get')
}
