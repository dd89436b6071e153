import { contract, type FunctionName } from '@shared/contract'
import { actions as admin } from '../cloudfunctions/admin/src'
import { actions as booking } from '../cloudfunctions/booking/src'
import { actions as catalog } from '../cloudfunctions/catalog/src'
import { actions as counter } from '../cloudfunctions/counter/src'
import { actions as section } from '../cloudfunctions/section/src'
import { actions as supervision } from '../cloudfunctions/supervision/src'

/**
 * The contract (`shared/contract`) and the functions' action tables name the
 * same actions. The compiler checks each table entry against the contract;
 * an action spread into a table from a sub-table but missing from the
 * contract is only seen at run time, here.
 */
const tables: Record<FunctionName, Record<string, { input: unknown }>> = { admin, booking, catalog, counter, section, supervision }

const names = (table: object) => Object.keys(table).sort()

describe('the contract between the app and the cloud functions', () => {
  it.each(Object.keys(tables) as FunctionName[])('names every action of %s and no other', (name) => {
    expect(names(contract[name])).toEqual(names(tables[name]))
  })

  it.each(Object.keys(tables) as FunctionName[])('gives %s its input schemas from the contract', (name) => {
    const endpoints: Record<string, { input: unknown }> = contract[name]
    const different = Object.entries(tables[name])
      .filter(([action, def]) => endpoints[action] && def.input !== endpoints[action].input)
      .map(([action]) => action)
    expect(different).toEqual([])
  })

  it('catches an action missing on either side', () => {
    expect(names({ ...contract.counter, 'queue.extra': 1 })).not.toEqual(names(counter))
  })
})
