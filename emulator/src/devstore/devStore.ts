import Database from 'better-sqlite3'

/**
 * The emulator's own state, apart from the cloud database: the clock offset, subscription
 * grants, the outbox of subscription messages, phone-number codes and the openids WeChat
 * "knows". Kept in its own SQLite file next to the database so it survives restarts.
 */

export interface OutboxEntry {
  id: number
  /** emulator time of the send, ISO with +08:00 */
  at: string
  functionName: string | null
  touser: string | null
  templateId: string | null
  page: string | null
  data: unknown
  miniprogramState: string | null
  lang: string | null
  errcode: number
  errmsg: string
}

/** One phone number's result of one `SendSms` call to the SMS stand-in (`/__dev/sms`). */
export interface SmsEntry {
  id: number
  /** emulator time of the send, ISO with +08:00 */
  at: string
  /** emulator time, epoch ms: the frequency limits count from it */
  atMs: number
  phoneNumber: string
  sdkAppId: string
  signName: string
  templateId: string
  params: string[]
  /** the message as the phone shows it: 【sign】 and the template with its variables filled */
  text: string
  /** Tencent's per-number code: `Ok` when delivered */
  code: string
}

export interface PhoneInfo {
  phoneNumber: string
  purePhoneNumber: string
  countryCode: string
}

export interface DevStore {
  getValue(key: string): string | undefined
  setValue(key: string, value: string | undefined): void
  /** One accept each: a one-time template's adds one message; a long-term template's turns it on. */
  addGrants(openid: string, templateIds: string[], longTerm?: ReadonlySet<string>): void
  /** A long-term template the user declined or switched off: no message until accepted again. */
  switchOffGrants(openid: string, templateIds: string[]): void
  /** Uses one grant of a one-time template; a long-term one is only looked at. False when none is left (WeChat's 43101). */
  consumeGrant(openid: string, templateId: string, longTerm?: boolean): boolean
  grantsOf(openid: string): Record<string, number>
  appendOutbox(entry: Omit<OutboxEntry, 'id'>): OutboxEntry
  listOutbox(limit: number): OutboxEntry[]
  appendSms(entry: Omit<SmsEntry, 'id'>): SmsEntry
  /** the latest `limit` SMS results, oldest first */
  listSms(limit: number): SmsEntry[]
  /** the messages delivered (`Ok`) to a number since a moment, oldest first: what the frequency limits count */
  smsDeliveredTo(phoneNumber: string, sinceMs: number): SmsEntry[]
  addKnownOpenid(openid: string): void
  isKnownOpenid(openid: string): boolean
  savePhoneCode(code: string, info: PhoneInfo, expiresAtMs: number): void
  /** Returns the phone info and burns the code; undefined when unknown, used or expired. */
  takePhoneCode(code: string, nowMs: number): PhoneInfo | undefined
  wipe(): void
  close(): void
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS kv (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS grants (openid TEXT NOT NULL, template_id TEXT NOT NULL, count INTEGER NOT NULL,
  PRIMARY KEY (openid, template_id));
CREATE TABLE IF NOT EXISTS outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, function_name TEXT,
  touser TEXT, template_id TEXT, page TEXT, data TEXT, miniprogram_state TEXT, lang TEXT,
  errcode INTEGER NOT NULL, errmsg TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sms (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, at_ms INTEGER NOT NULL,
  phone TEXT NOT NULL, sdk_app_id TEXT NOT NULL, sign_name TEXT NOT NULL, template_id TEXT NOT NULL, params TEXT NOT NULL,
  text TEXT NOT NULL, code TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS sms_by_phone ON sms (phone, at_ms);
CREATE TABLE IF NOT EXISTS known_openids (openid TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS phone_codes (code TEXT PRIMARY KEY, info TEXT NOT NULL, expires_at INTEGER NOT NULL);
`

type Row = Record<string, unknown>

export function openDevStore(file: string): DevStore {
  const db = new Database(file)
  if (file !== ':memory:') db.pragma('journal_mode = WAL')
  db.exec(SCHEMA)
  const q = (sql: string) => db.prepare<unknown[], Row>(sql)

  const consume = db.transaction((openid: string, templateId: string, longTerm: boolean): boolean => {
    const row = q('SELECT count FROM grants WHERE openid = ? AND template_id = ?').get(openid, templateId)
    if (!row || Number(row.count) <= 0) return false
    if (longTerm) return true
    q('UPDATE grants SET count = count - 1 WHERE openid = ? AND template_id = ?').run(openid, templateId)
    return true
  })

  const toEntry = (row: Row): OutboxEntry => ({
    id: Number(row.id),
    at: String(row.at),
    functionName: row.function_name as string | null,
    touser: row.touser as string | null,
    templateId: row.template_id as string | null,
    page: row.page as string | null,
    data: row.data == null ? null : JSON.parse(String(row.data)),
    miniprogramState: row.miniprogram_state as string | null,
    lang: row.lang as string | null,
    errcode: Number(row.errcode),
    errmsg: String(row.errmsg),
  })

  const toSms = (row: Row): SmsEntry => ({
    id: Number(row.id),
    at: String(row.at),
    atMs: Number(row.at_ms),
    phoneNumber: String(row.phone),
    sdkAppId: String(row.sdk_app_id),
    signName: String(row.sign_name),
    templateId: String(row.template_id),
    params: JSON.parse(String(row.params)) as string[],
    text: String(row.text),
    code: String(row.code),
  })

  return {
    getValue: (key) => q('SELECT value FROM kv WHERE key = ?').get(key)?.value as string | undefined,
    setValue(key, value) {
      if (value === undefined) q('DELETE FROM kv WHERE key = ?').run(key)
      else q('INSERT INTO kv (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value)
    },
    addGrants(openid, templateIds, longTerm = new Set()) {
      const add = q(
        'INSERT INTO grants (openid, template_id, count) VALUES (?, ?, 1) ON CONFLICT(openid, template_id) DO UPDATE SET count = count + 1',
      )
      // A long-term grant is on (1) or off (0): accepting it again does not stack.
      const on = q('INSERT INTO grants (openid, template_id, count) VALUES (?, ?, 1) ON CONFLICT(openid, template_id) DO UPDATE SET count = 1')
      for (const id of templateIds) (longTerm.has(id) ? on : add).run(openid, id)
    },
    switchOffGrants(openid, templateIds) {
      const off = q('UPDATE grants SET count = 0 WHERE openid = ? AND template_id = ?')
      for (const id of templateIds) off.run(openid, id)
    },
    consumeGrant: (openid, templateId, longTerm = false) => consume(openid, templateId, longTerm),
    grantsOf(openid) {
      const rows = q('SELECT template_id, count FROM grants WHERE openid = ?').all(openid)
      return Object.fromEntries(rows.map((r) => [String(r.template_id), Number(r.count)]))
    },
    appendOutbox(entry) {
      const info = db
        .prepare(
          `INSERT INTO outbox (at, function_name, touser, template_id, page, data, miniprogram_state, lang, errcode, errmsg)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(entry.at, entry.functionName, entry.touser, entry.templateId, entry.page,
          entry.data === undefined ? null : JSON.stringify(entry.data), entry.miniprogramState, entry.lang,
          entry.errcode, entry.errmsg)
      return { id: Number(info.lastInsertRowid), ...entry }
    },
    listOutbox: (limit) => q('SELECT * FROM outbox ORDER BY id DESC LIMIT ?').all(limit).map(toEntry).reverse(),
    appendSms(entry) {
      const info = q('INSERT INTO sms (at, at_ms, phone, sdk_app_id, sign_name, template_id, params, text, code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
        entry.at, entry.atMs, entry.phoneNumber, entry.sdkAppId, entry.signName, entry.templateId, JSON.stringify(entry.params), entry.text, entry.code,
      )
      return { id: Number(info.lastInsertRowid), ...entry }
    },
    listSms: (limit) => q('SELECT * FROM sms ORDER BY id DESC LIMIT ?').all(limit).map(toSms).reverse(),
    smsDeliveredTo: (phoneNumber, sinceMs) =>
      q("SELECT * FROM sms WHERE phone = ? AND at_ms >= ? AND code = 'Ok' ORDER BY at_ms, id").all(phoneNumber, sinceMs).map(toSms),
    addKnownOpenid: (openid) => void q('INSERT OR IGNORE INTO known_openids (openid) VALUES (?)').run(openid),
    isKnownOpenid: (openid) => q('SELECT 1 AS x FROM known_openids WHERE openid = ?').get(openid) !== undefined,
    savePhoneCode(code, info, expiresAtMs) {
      q('INSERT OR REPLACE INTO phone_codes (code, info, expires_at) VALUES (?, ?, ?)').run(code, JSON.stringify(info), expiresAtMs)
    },
    takePhoneCode(code, nowMs) {
      const row = q('SELECT info, expires_at FROM phone_codes WHERE code = ?').get(code)
      if (!row) return undefined
      q('DELETE FROM phone_codes WHERE code = ?').run(code)
      return Number(row.expires_at) < nowMs ? undefined : (JSON.parse(String(row.info)) as PhoneInfo)
    },
    wipe() {
      db.exec('DELETE FROM kv; DELETE FROM grants; DELETE FROM outbox; DELETE FROM sms; DELETE FROM known_openids; DELETE FROM phone_codes;')
    },
    close: () => db.close(),
  }
}
