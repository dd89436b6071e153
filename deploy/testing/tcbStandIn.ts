import { randomBytes } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

/** One call the management SDK made: the TCB API action and its parameters. */
export interface RecordedCall {
  action: string
  params: Record<string, any>
}

interface Table {
  acl: string
  indexes: { Name: string; Unique: boolean; Keys: { Name: string; Direction: string }[] }[]
}

/**
 * A local stand-in for Tencent Cloud's TCB API (tcb.tencentcloudapi.com, version 2018-06-08),
 * for `@cloudbase/manager-node` pointed at it with TCB_BASE_URL. It keeps collections, their
 * indexes and rules in memory, records every call, and answers in the API's envelope
 * (`{ Response: { RequestId, … } }`, errors as `Response.Error { Code, Message }`). A new
 * collection's rule is PRIVATE (仅创建者可读写), the console's default. `failAfter` makes
 * every call after that many fail, to cut a deploy off halfway.
 */
export async function startTcbStandIn(envId: string) {
  const tables = new Map<string, Table>()
  const calls: RecordedCall[] = []
  let failAfter = Infinity
  // a new environment's storage: 所有用户可读，仅创建者及管理员可写
  let storageAcl = 'READONLY'
  const bucket = `${envId}-1300000000`

  const answer = (action: string, p: Record<string, any>): Record<string, unknown> => {
    const table = typeof p.TableName === 'string' ? tables.get(p.TableName) : typeof p.CollectionName === 'string' ? tables.get(p.CollectionName) : undefined
    const missing = { Error: { Code: 'ResourceNotFound', Message: `collection ${p.TableName ?? p.CollectionName} does not exist` } }
    switch (action) {
      case 'DescribeEnvInfo':
        if (p.EnvId !== envId) return { Error: { Code: 'ResourceNotFound.EnvId', Message: `no environment ${p.EnvId}` } }
        return { EnvInfo: { EnvBaseInfo: { EnvId: envId, Alias: 'stand-in', Status: 'NORMAL', Databases: [{ InstanceId: 'tnt-standin', Status: 'RUNNING' }], Functions: [{ Namespace: envId }], Storages: [{ Bucket: bucket, Region: 'ap-shanghai', CdnDomain: `${bucket}.tcb.qcloud.la` }], LogServices: [] } } }
      case 'ListTables': {
        const names = [...tables.keys()].slice(p.MgoOffset ?? 0, (p.MgoOffset ?? 0) + (p.MgoLimit ?? 100))
        return { Tables: names.length ? names.map((TableName) => ({ TableName, Count: 0, Size: 0, IndexCount: tables.get(TableName)!.indexes.length })) : null, Pager: { Total: tables.size } }
      }
      case 'CreateTable':
        if (tables.has(p.TableName)) return { Error: { Code: 'ResourceInUse', Message: `collection ${p.TableName} exists` } }
        tables.set(p.TableName, { acl: 'PRIVATE', indexes: [{ Name: '_id_', Unique: true, Keys: [{ Name: '_id', Direction: '1' }] }] })
        return {}
      case 'DescribeTable':
        return table ? { Indexes: table.indexes, IndexNum: table.indexes.length } : missing
      case 'UpdateTable':
        if (!table) return missing
        for (const index of p.CreateIndexes ?? []) {
          if (table.indexes.some((i) => i.Name === index.IndexName)) return { Error: { Code: 'ResourceInUse', Message: `index ${index.IndexName} exists` } }
          table.indexes.push({ Name: index.IndexName, Unique: index.MgoKeySchema.MgoIsUnique === true, Keys: index.MgoKeySchema.MgoIndexKeys })
        }
        return {}
      case 'DescribeDatabaseACL':
        return table ? { AclTag: table.acl } : missing
      case 'ModifyDatabaseACL':
        if (!table) return missing
        table.acl = p.AclTag
        return {}
      case 'DescribeStorageSafeRule':
        return p.Bucket === bucket ? { AclTag: storageAcl } : { Error: { Code: 'ResourceNotFound', Message: `no bucket ${p.Bucket}` } }
      case 'ModifyStorageSafeRule':
        if (p.Bucket !== bucket) return { Error: { Code: 'ResourceNotFound', Message: `no bucket ${p.Bucket}` } }
        storageAcl = p.AclTag
        return {}
      default:
        return { Error: { Code: 'InvalidAction', Message: `the stand-in does not answer ${action}` } }
    }
  }

  const server = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      const action = String(req.headers['x-tc-action'] ?? '')
      const params = body ? JSON.parse(body) : {}
      calls.push({ action, params })
      const result = calls.length > failAfter ? { Error: { Code: 'InternalError', Message: 'the stand-in was told to fail' } } : answer(action, params)
      res.setHeader('content-type', 'application/json')
      res.end(JSON.stringify({ Response: { RequestId: randomBytes(8).toString('hex'), ...result } }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    tables,
    storageAcl: () => storageAcl,
    failAfterCalls(n: number) {
      failAfter = calls.length + n
    },
    heal() {
      failAfter = Infinity
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
