import * as v from 'valibot'
import { requestIdSchema } from '@shared/api'
import { ID_PATTERN } from '@shared/ids'
import { newRequestId } from './newRequestId'

describe('request ids for repeatable writes', () => {
  it('are accepted by the server and leave room for the item id made from them', () => {
    const id = newRequestId()
    expect(v.safeParse(requestIdSchema, id).success).toBe(true)
    expect(`item-${id}`).toMatch(ID_PATTERN)
  })

  it('differ from form to form', () => {
    expect(new Set(Array.from({ length: 50 }, () => newRequestId())).size).toBe(50)
  })
})
