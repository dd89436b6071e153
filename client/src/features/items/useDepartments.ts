import { useCloudQuery } from '../cloud/useCloudQuery'
import type { DepartmentListData } from './itemTypes'

/** The departments stationed at the center, with their windows (`catalog` `departments.list`). */
export function useDepartments() {
  return useCloudQuery<DepartmentListData>('catalog', 'departments.list')
}
