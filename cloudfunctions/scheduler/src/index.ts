import { fail, ok } from '@shared/api'
import { referenceData } from '@server/referenceData'
import { currentCaller, getCloud } from '@server/cloud'
import { createContext } from '@server/context'
import { queueReminders, queueUndispatchedAlerts } from '@server/notify/scheduledMessages'
import { sendOutbox, type SendFn, type SendSummary } from '@server/notify/sendOutbox'
import { smsSenderFromEnv } from '@server/notify/tencentSms'
import { reconcileAppointmentCredits } from '@server/timebank/reconcileAppointmentCredits'
import { purgeDocuments } from '@server/documents/purgeDocuments'

/**
 * `scheduler`: runs only from its timer trigger (config.json), every 5
 * minutes. It queues the reminders of tomorrow's appointments and the
 * section's alerts on requests left undispatched (R9), then sends what the
 * outbox holds (docs/architecture.md, "Notifications"): subscription messages
 * through WeChat, SMS through Tencent Cloud SMS (R11). A call from a
 * mini-program user carries an OPENID and is refused. One job failing does
 * not stop the others; it is reported in `errors` and tried again next run.
 */
export async function main(): Promise<unknown> {
  const caller = currentCaller()
  if (caller.openid) return fail('FORBIDDEN')
  const ctx = createContext()
  const now = ctx.now().getTime()
  const ran: string[] = []
  const errors: string[] = []
  const result: { reminders?: number; undispatched?: number; outbox?: SendSummary; timeBankCredits?: number; documentsDeleted?: number } = {}
  const job = async (name: string, run: () => Promise<void>) => {
    try {
      await run()
      ran.push(name)
    } catch (error) {
      errors.push(`${name}: ${(error as { errMsg?: string; message?: string })?.errMsg ?? (error as Error)?.message ?? String(error)}`)
    }
  }
  const { calendar, settings } = await referenceData(ctx)
  await job('reminders', async () => {
    result.reminders = await queueReminders(ctx.db, settings, now)
  })
  await job('undispatched', async () => {
    result.undispatched = await queueUndispatchedAlerts(ctx.db, settings, calendar, now)
  })
  const openapi = (getCloud() as unknown as { openapi: { subscribeMessage: { send: SendFn } } }).openapi
  await job('outbox', async () => {
    result.outbox = await sendOutbox(ctx.db, settings, (params) => openapi.subscribeMessage.send(params), now, undefined, smsSenderFromEnv())
  })
  await job('timeBank', async () => {
    result.timeBankCredits = await reconcileAppointmentCredits(ctx.db, now)
  })
  await job('documents', async () => {
    result.documentsDeleted = await purgeDocuments(ctx.db, settings, now)
  })
  return ok({ ran, ...result, ...(errors.length ? { errors } : {}) })
}
