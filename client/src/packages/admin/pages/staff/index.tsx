import { Text, View } from '@tarojs/components'
import { ErrorNotice } from '../../../../components/ErrorNotice'
import { LoadMore } from '../../../../components/LoadMore'
import { Page } from '../../../../components/Page'
import { confirmAction } from '../../../../features/admin/confirmAction'
import { newStaffDraft, roleNames, staffDraftOf } from '../../../../features/admin/staffDrafts'
import { useStaffAdmin } from '../../../../features/admin/useStaffAdmin'
import { useLargeText } from '../../../../features/settings/useLargeText'
import { ActionButton } from '../../../../components/ActionButton'
import { InviteCard } from '../../components/InviteCard'
import { StaffDraftForm } from '../../components/StaffDraftForm'
import { WriteError } from '../../components/WriteError'

/** Staff records: roles, window, WeChat binding by invite code, revoking. */
export default function StaffAdminPage() {
  const { largeText } = useLargeText()
  const admin = useStaffAdmin()
  const { draft } = admin
  const form = draft && (
    <StaffDraftForm
      draft={draft}
      windows={admin.windows}
      errors={admin.errors}
      error={admin.error}
      saving={admin.busy}
      onChange={admin.change}
      onSave={() => void admin.save()}
      onCancel={admin.cancel}
      onReload={() => {
        admin.cancel()
        admin.reload()
      }}
    />
  )
  const revoke = async (id: string, name: string) => {
    if (await confirmAction('停用人员', `停用后“${name}”的微信将失去工作人员权限，且不能恢复。确定停用吗？`, '停用')) await admin.revoke(id)
  }
  const invited = admin.invite && admin.staff.find((s) => s.id === admin.invite?.staffId)

  return (
    <Page largeText={largeText}>
      <View className="card">
        <Text className="card__title">人员管理</Text>
        <Text className="line muted">为工作人员分配角色和窗口，生成邀请码让本人绑定微信。</Text>
        <ActionButton size="mini" className="btn-primary" onClick={() => admin.open(newStaffDraft())}>
          新增人员
        </ActionButton>
        {draft && !draft.id && form}
      </View>

      {admin.invite && <InviteCard invite={admin.invite} name={invited?.name ?? ''} onClose={admin.closeInvite} />}
      {!draft && <WriteError error={admin.error} />}

      {admin.loadError ? (
        <ErrorNotice error={admin.loadError} onRetry={admin.reload} />
      ) : admin.loading && admin.staff.length === 0 ? (
        <Text className="line muted">正在加载…</Text>
      ) : (
        admin.staff.map((s) =>
          draft?.id === s.id ? (
            <View className="card" key={s.id}>
              {form}
            </View>
          ) : (
            <View className={s.active ? 'card' : 'card admin-archived'} key={s.id}>
              <Text className="card__title">{s.name}</Text>
              {!s.active && <Text className="admin-tag admin-tag--archived">已停用</Text>}
              <Text className={s.bound ? 'admin-tag admin-tag--ok' : 'admin-tag'}>{s.bound ? '已绑定微信' : '未绑定'}</Text>
              <Text className="line muted">{roleNames(s.roles)}</Text>
              <Text className="line muted">{admin.windowLabel(s.windowId) ?? '不属于窗口'}</Text>
              {s.active && (
                <View className="admin-actions">
                  <ActionButton size="mini" onClick={() => admin.open(staffDraftOf(s))}>
                    编辑
                  </ActionButton>
                  <ActionButton size="mini" disabled={admin.busy} onClick={() => void admin.makeInvite(s.id)}>
                    生成邀请码
                  </ActionButton>
                  <ActionButton size="mini" className="admin-danger-text" disabled={admin.busy} onClick={() => void revoke(s.id, s.name)}>
                    停用
                  </ActionButton>
                </View>
              )}
            </View>
          ),
        )
      )}
      {!admin.loadError && <LoadMore shown={admin.staff.length} total={admin.total} more={admin.more} loading={admin.loading} onMore={admin.loadMore} />}
    </Page>
  )
}
