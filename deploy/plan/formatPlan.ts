import type { Change } from './planChanges'
import { MANUAL_STEPS } from './manualSteps'

/**
 * One line per change. Variables are named, never shown: their values may be OPENIDs, and
 * the plan ends up in terminals and CI logs.
 */
export function formatChange(change: Change): string {
  switch (change.kind) {
    case 'createFunction': {
      const fn = change.fn
      const env = Object.keys(fn.envVariables).sort().join(', ') || 'none'
      const openapi = fn.openapi?.join(', ') || 'none'
      return `+ function ${fn.name}: runtime ${fn.runtime}, timeout ${fn.timeout} s, memory ${fn.memorySize} MB, variables ${env}, openapi ${openapi} (config.json)`
    }
    case 'updateCode':
      return `~ function ${change.fn.name}: upload code (index.js, package.json, config.json)`
    case 'updateConfig':
      return `~ function ${change.fn.name}: set ${change.fields.map((f) => (f === 'envVariables' ? `variables ${Object.keys(change.fn.envVariables).sort().join(', ')}` : `${f} ${change.fn[f]}`)).join(', ')}`
    case 'createTrigger':
      return `+ trigger ${change.fn}/${change.trigger.name}: timer "${change.trigger.config}" (UTC+8)`
    case 'deleteTrigger':
      return `- trigger ${change.fn}/${change.trigger.name}: timer "${change.trigger.config}"`
    case 'createCollection':
      return `+ collection ${change.collection}`
    case 'setAcl':
      return `~ rule ${change.collection}: ${change.acl}${change.acl === 'ADMINONLY' ? ' (仅管理端可读写)' : ''}`
    case 'createIndex': {
      const { index } = change
      return `+ index ${change.collection}.${index.name}${index.unique ? ' (unique)' : ''}: ${index.keys.map((k) => `${k.field} ${k.direction}`).join(', ')}`
    }
    case 'setStorageAcl':
      return `~ rule storage: ${change.acl}${change.acl === 'PRIVATE' ? ' (仅创建者及管理员可读写)' : ''}`
    case 'manual':
      return `! manual: ${change.reason}`
  }
}

/** The plan as printed: the changes, then the steps that stay manual. */
export function formatPlan(changes: readonly Change[]): string[] {
  return [
    ...(changes.length > 0 ? changes.map(formatChange) : ['no changes: the environment matches the manifest']),
    '',
    'Manual steps (no API does these):',
    ...MANUAL_STEPS.map((step, i) => `  ${i + 1}. ${step}`),
  ]
}
