import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type cloud from 'wx-server-sdk'
import { emulatorSdk } from '../../test/support/emulatorSdk'
import { parseMultipart } from '../src/gateway/multipart'
import { checkTc3Signature, MAX_SIGNATURE_AGE_SECONDS, type SignedRequest } from '../src/gateway/tc3Signature'

/**
 * The requests are the real ones: wx-server-sdk (through @cloudbase/node-sdk and
 * @cloudbase/signature-nodejs) signs them and sends them to a server that only records
 * them, so the checker is held to what the SDK actually puts on the wire.
 */
const KEY = { secretId: 'AKIDtestkey0001', secretKey: 'test-secret-key-0001' }

interface Captured {
  request: SignedRequest
  signedAt: number
}

let server: Server
let captured: Captured[] = []

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const raw = Buffer.concat(chunks)
      const type = req.headers['content-type'] ?? ''
      const params = type.startsWith('multipart/form-data') ? parseMultipart(raw, type) : JSON.parse(raw.toString('utf8'))
      captured.push({ request: { method: req.method ?? '', url: req.url ?? '', headers: req.headers, params }, signedAt: Number(req.headers['x-timestamp']) })
      res.setHeader('content-type', 'application/json')
      res.end(JSON.stringify({ code: 'RECORDED', message: 'recorded', requestId: 'capture' }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  // as inside a deployed function: no probe of Tencent's metadata host before each request
  process.env.TENCENTCLOUD_RUNENV = 'SCF'
  process.env.TENCENTCLOUD_REGION = 'ap-shanghai'
  process.env.SCF_NAMESPACE = 'sig-test'
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

/** What the SDK sends for `run`, signed with `key`. */
async function capture(run: (sdk: typeof cloud) => unknown, key = KEY): Promise<Captured> {
  captured = []
  const { port } = server.address() as AddressInfo
  const sdk = emulatorSdk({ sdkOptions: { env: 'sig-test', serviceUrl: `http://127.0.0.1:${port}/tcb`, ...key } })
  // the recording server's answer is an error to the SDK: only the request matters here
  await Promise.resolve(run(sdk)).catch(() => undefined)
  expect(captured).toHaveLength(1)
  return captured[0]
}

const addDocument = (sdk: typeof cloud) => sdk.database().collection('appointments').add({ data: { name: '张三', phone: '13812345678', at: new Date(0), tags: ['a b', ' padded '] } })
const sendMessage = (sdk: typeof cloud) =>
  sdk.openapi.subscribeMessage.send({ touser: 'oUSER', templateId: 't-confirm', page: 'pages/index/index', data: { thing1: { value: '营业执照' } } })

const withHeaders = (c: Captured, headers: IncomingHttpHeaders): SignedRequest => ({ ...c.request, headers: { ...c.request.headers, ...headers } })

describe('TC3-HMAC-SHA256 signatures as wx-server-sdk makes them', () => {
  it('accepts a database request the SDK signed with the key', async () => {
    const c = await capture(addDocument)
    expect(checkTc3Signature(c.request, KEY, c.signedAt)).toEqual({ ok: true })
  })

  it('accepts a wx.openApi request (multipart, protobuf bytes) the SDK signed with the key', async () => {
    const c = await capture(sendMessage)
    expect(c.request.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/)
    expect(checkTc3Signature(c.request, KEY, c.signedAt)).toEqual({ ok: true })
  })

  it('accepts a signature made up to five minutes before or after now', async () => {
    const c = await capture(addDocument)
    expect(checkTc3Signature(c.request, KEY, c.signedAt + MAX_SIGNATURE_AGE_SECONDS)).toEqual({ ok: true })
    expect(checkTc3Signature(c.request, KEY, c.signedAt - MAX_SIGNATURE_AGE_SECONDS)).toEqual({ ok: true })
  })

  it.each([
    ['signed with another SecretKey', { ...KEY, secretKey: 'someone-elses-key' }, /does not match/],
    ['signed with another SecretId', { ...KEY, secretId: 'AKIDsomeoneelse' }, /SecretId AKIDsomeoneelse/],
  ])('refuses a request %s', async (_what, signingKey, message) => {
    const c = await capture(addDocument, signingKey)
    expect(checkTc3Signature(c.request, KEY, c.signedAt)).toEqual({ ok: false, code: 'SIGN_PARAM_INVALID', message: expect.stringMatching(message) })
  })

  it('refuses a stale signature, so a captured request cannot be replayed later', async () => {
    const c = await capture(addDocument)
    const check = checkTc3Signature(c.request, KEY, c.signedAt + MAX_SIGNATURE_AGE_SECONDS + 1)
    expect(check).toEqual({ ok: false, code: 'SIGN_PARAM_INVALID', message: expect.stringMatching(/timestamp/) })
  })

  it('refuses a request with no Authorization header', async () => {
    const c = await capture(addDocument)
    const { authorization: _dropped, ...headers } = c.request.headers
    expect(checkTc3Signature({ ...c.request, headers }, KEY, c.signedAt)).toMatchObject({ ok: false, message: expect.stringMatching(/not signed/) })
  })

  it.each<[string, (c: Captured) => SignedRequest]>([
    ['a body field changed', (c) => ({ ...c.request, params: { ...c.request.params, collectionName: 'staff' } })],
    ['a body field added', (c) => ({ ...c.request, params: { ...c.request.params, multi: true } })],
    ['a nested value changed', (c) => ({ ...c.request, params: { ...c.request.params, data: String(c.request.params.data).replace('张三', '李四') } })],
    ['the timestamp moved', (c) => withHeaders(c, { 'x-timestamp': String(c.signedAt - 1) })],
    ['the X-TCB-Source changed', (c) => withHeaders(c, { 'x-tcb-source': 'wx_client,scf' })],
    ['the query string changed', (c) => ({ ...c.request, url: c.request.url.replace('env=sig-test', 'env=other') })],
    ['the path changed', (c) => ({ ...c.request, url: c.request.url.replace('/tcb', '/tcb/x') })],
    ['the Host changed', (c) => withHeaders(c, { host: 'localhost:1' })],
  ])('refuses a signed request with %s', async (_what, tamper) => {
    const c = await capture(addDocument)
    expect(checkTc3Signature(tamper(c), KEY, c.signedAt)).toMatchObject({ ok: false, code: 'SIGN_PARAM_INVALID' })
  })

  it('refuses a multipart request whose protobuf bytes changed', async () => {
    const c = await capture(sendMessage)
    const requestData = Buffer.from(c.request.params.requestData as Buffer)
    requestData[requestData.length - 1] ^= 1
    expect(checkTc3Signature({ ...c.request, params: { ...c.request.params, requestData } }, KEY, c.signedAt)).toMatchObject({ ok: false })
  })

  it('refuses a signature that leaves out the headers the emulator acts on', async () => {
    const c = await capture(addDocument)
    const authorization = String(c.request.headers.authorization).replace(/SignedHeaders=[^,]+/, 'SignedHeaders=user-agent')
    expect(checkTc3Signature(withHeaders(c, { authorization }), KEY, c.signedAt)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/host, content-type, x-tcb-source/),
    })
  })
})
