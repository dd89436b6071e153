import Database from 'better-sqlite3'
import type { UniqueIndex } from './uniqueIndexes'

export interface StoredDocument {
  body: string
  version: number
}

/** The durable half of the store: documents as canonical EJSON text, one row each. */
export interface SqliteFile {
  getDocument(collection: string, key: string): StoredDocument | undefined
  /** In insertion order, which is what MongoDB's natural order looks like to callers. */
  listDocuments(collection: string): StoredDocument[]
  hasCollection(collection: string): boolean
  createCollection(collection: string): void
  putDocument(collection: string, key: string, body: string, version: number): void
  deleteDocument(collection: string, key: string): void
  listUniqueIndexes(collection: string): UniqueIndex[]
  putUniqueIndex(collection: string, index: UniqueIndex): void
  /** Highest version on disk: versions keep growing across restarts. */
  lastVersion(): number
  atomically(write: () => void): void
  wipe(): void
  close(): void
}

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS collections (name TEXT PRIMARY KEY) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS documents (
    collection TEXT NOT NULL,
    id TEXT NOT NULL,
    body TEXT NOT NULL,
    version INTEGER NOT NULL,
    PRIMARY KEY (collection, id)
  );
  CREATE TABLE IF NOT EXISTS unique_indexes (
    collection TEXT NOT NULL,
    name TEXT NOT NULL,
    fields TEXT NOT NULL, -- JSON array of field paths
    PRIMARY KEY (collection, name)
  ) WITHOUT ROWID;
`

export function openSqliteFile(file: string): SqliteFile {
  const db = new Database(file)
  // WAL lets readers of the file (tests, sqlite3 CLI) run beside the writer; FULL makes
  // each commit fsync the WAL, so an acknowledged write survives kill -9 and power loss
  // alike. The emulator writes a few times a second at most, so the fsync is affordable.
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.exec(SCHEMA)

  const getDoc = db.prepare('SELECT body, version FROM documents WHERE collection = ? AND id = ?')
  const listDocs = db.prepare('SELECT body, version FROM documents WHERE collection = ? ORDER BY rowid')
  const hasColl = db.prepare('SELECT 1 FROM collections WHERE name = ?')
  const createColl = db.prepare('INSERT OR IGNORE INTO collections (name) VALUES (?)')
  // ON CONFLICT keeps the rowid, so an updated document keeps its place in natural order.
  const putDoc = db.prepare(
    `INSERT INTO documents (collection, id, body, version) VALUES (?, ?, ?, ?)
     ON CONFLICT (collection, id) DO UPDATE SET body = excluded.body, version = excluded.version`,
  )
  const deleteDoc = db.prepare('DELETE FROM documents WHERE collection = ? AND id = ?')
  const listIndexes = db.prepare('SELECT name, fields FROM unique_indexes WHERE collection = ?')
  const putIndex = db.prepare('INSERT OR REPLACE INTO unique_indexes (collection, name, fields) VALUES (?, ?, ?)')
  const maxVersion = db.prepare('SELECT COALESCE(MAX(version), 0) AS v FROM documents')

  return {
    getDocument: (collection, key) => getDoc.get(collection, key) as StoredDocument | undefined,
    listDocuments: (collection) => listDocs.all(collection) as StoredDocument[],
    hasCollection: (collection) => hasColl.get(collection) !== undefined,
    createCollection: (collection) => void createColl.run(collection),
    putDocument: (collection, key, body, version) => void putDoc.run(collection, key, body, version),
    deleteDocument: (collection, key) => void deleteDoc.run(collection, key),
    listUniqueIndexes: (collection) =>
      (listIndexes.all(collection) as { name: string; fields: string }[]).map((row) => ({
        name: row.name,
        fields: JSON.parse(row.fields) as string[],
      })),
    putUniqueIndex: (collection, index) => void putIndex.run(collection, index.name, JSON.stringify(index.fields)),
    lastVersion: () => (maxVersion.get() as { v: number }).v,
    atomically: (write) => db.transaction(write)(),
    wipe: () => db.exec('DELETE FROM documents; DELETE FROM collections; DELETE FROM unique_indexes;'),
    close: () => db.close(),
  }
}
