/** A JSON document and the line each value starts on, by JSON pointer (`/functions/0/timeout`). */
export interface JsonWithLines {
  value: unknown
  lineOf(pointer: string): number
}

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message)
  }
}

/**
 * Parses strict JSON, remembering where each value starts, so that a manifest error can
 * name its line (JSON.parse only says where the syntax broke). The values are checked
 * against JSON.parse's own answer, so this reader can never disagree with it.
 */
export function parseJsonWithLines(text: string): JsonWithLines {
  const lines = new Map<string, number>()
  let pos = 0
  let line = 1
  const fail = (message: string): never => {
    throw new JsonSyntaxError(message, line)
  }
  const skipSpace = () => {
    while (pos < text.length && /\s/.test(text[pos])) {
      if (text[pos] === '\n') line += 1
      pos += 1
    }
  }
  const readString = (): string => {
    const start = pos
    pos += 1
    while (pos < text.length && text[pos] !== '"') pos += text[pos] === '\\' ? 2 : 1
    if (pos >= text.length) fail('unterminated string')
    pos += 1
    return JSON.parse(text.slice(start, pos)) as string
  }
  const readValue = (pointer: string): unknown => {
    skipSpace()
    lines.set(pointer, line)
    const c = text[pos]
    if (c === '{') {
      pos += 1
      const out: Record<string, unknown> = {}
      skipSpace()
      if (text[pos] === '}') return (pos += 1), out
      for (;;) {
        skipSpace()
        if (text[pos] !== '"') fail('expected a quoted key')
        const key = readString()
        skipSpace()
        if (text[pos] !== ':') fail(`expected ":" after "${key}"`)
        pos += 1
        out[key] = readValue(`${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`)
        skipSpace()
        if (text[pos] === ',') pos += 1
        else if (text[pos] === '}') return (pos += 1), out
        else fail('expected "," or "}"')
      }
    }
    if (c === '[') {
      pos += 1
      const out: unknown[] = []
      skipSpace()
      if (text[pos] === ']') return (pos += 1), out
      for (;;) {
        out.push(readValue(`${pointer}/${out.length}`))
        skipSpace()
        if (text[pos] === ',') pos += 1
        else if (text[pos] === ']') return (pos += 1), out
        else fail('expected "," or "]"')
      }
    }
    if (c === '"') return readString()
    const literal = /^(-?\d+(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(text.slice(pos))
    if (!literal) return fail(`unexpected ${c === undefined ? 'end of file' : `"${c}"`}`)
    pos += literal[0].length
    return JSON.parse(literal[0])
  }
  const value = readValue('')
  skipSpace()
  if (pos < text.length) fail('unexpected text after the end')
  return {
    value: JSON.stringify(value) === JSON.stringify(JSON.parse(text)) ? value : fail('unreadable JSON'),
    lineOf(pointer) {
      // a missing value is reported on its closest present parent
      for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
        const found = lines.get(p)
        if (found !== undefined) return found
        if (p === '') return 1
      }
    },
  }
}
