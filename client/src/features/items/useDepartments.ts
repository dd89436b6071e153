import { useCloudQuery } from '../cloud/useCloudQuery'

/** The departments stationed at the center, with their windows (`catalog` `departments.list`). */
export function useDepartments() {
  return useCloudQuery('catalog', 'departments.list')
}
