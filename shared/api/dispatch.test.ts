import * as v from 'valibot'
import { action, dispatch, ok, fail } from '.'

const actions = {
  echo: action(v.object({ text: v.pipe(v.string('请填写内容'), v.maxLength(5, '内容不能超过5个字')) }), async (input, ctx: { who: string }) =>
    ok({ text: input.text, who: ctx.who }),
  ),
  refuse: action(v.object({}), async () => fail('FORBIDDEN')),
  crash: action(v.object({}), async () => {
    throw new Error('bug')
  }),
}

describe('dispatching a cloud function event', () => {
  it('runs the named action with its parsed input and the caller', async () => {
    await expect(dispatch({ action: 'echo', input: { text: '你好' } }, actions, { who: 'o1' })).resolves.toEqual({
      ok: true,
      data: { text: '你好', who: 'o1' },
    })
  })

  it('answers INVALID_INPUT naming the field, before running anything', async () => {
    const result = await dispatch({ action: 'echo', input: { text: '太长了太长了' } }, actions, { who: 'o1' })
    expect(result).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: '内容不能超过5个字', fields: { text: '内容不能超过5个字' } },
    })
  })

  it.each([[null], ['echo'], [{ action: 1 }], [{ action: 'nope' }], [{ action: 'toString' }], [{ action: '__proto__' }]])(
    'refuses the malformed or unknown event %j',
    async (event) => {
      const result = await dispatch(event, actions, { who: 'o1' })
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.error.code).toBe('INVALID_INPUT')
    },
  )

  it('passes domain failures through with their Chinese message', async () => {
    await expect(dispatch({ action: 'refuse' }, actions, { who: 'o1' })).resolves.toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: '您没有办理此操作的权限' },
    })
  })

  it('turns a thrown bug into INTERNAL and reports it', async () => {
    const bugs: unknown[] = []
    const result = await dispatch({ action: 'crash' }, actions, { who: 'o1' }, (e) => bugs.push(e))
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: '系统繁忙，请稍后再试' } })
    expect(bugs).toHaveLength(1)
  })
})
