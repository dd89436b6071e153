import * as exampleData from './exampleData'

/** What the emulator loads on first start and after `/__dev/reset`. */
export interface SeedData {
  collections: Record<string, Array<Record<string, unknown>>>
  /** people the dev bar can act as: staff by their staff record, citizens by label */
  citizens: Array<{ openid: string; label: string }>
}

export interface Identity {
  openid: string
  label: string
  roles: string[]
}

export const EXAMPLE_SEED: SeedData = {
  collections: {
    departments: exampleData.departments,
    windows: exampleData.windows,
    items: exampleData.items,
    staff: exampleData.staff,
  },
  citizens: exampleData.citizens,
}

/** The identities table: staff (with their roles) first, then citizens. */
export function identitiesOf(seed: SeedData): Identity[] {
  const staff = (seed.collections.staff ?? []) as Array<{ openid?: string; name?: string; roles?: string[] }>
  return [
    ...staff
      .filter((s) => typeof s.openid === 'string')
      .map((s) => ({ openid: s.openid as string, label: `${s.name ?? ''}（${(s.roles ?? []).join('、')}）`, roles: s.roles ?? [] })),
    ...seed.citizens.map((c) => ({ openid: c.openid, label: c.label, roles: [] })),
  ]
}
