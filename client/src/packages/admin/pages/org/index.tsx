import { Text, View } from '@tarojs/components'
import { ErrorNotice } from '../../../../components/ErrorNotice'
import { Page } from '../../../../components/Page'
import { departmentDraftOf, newDepartmentDraft, newWindowDraft, windowDraftOf } from '../../../../features/admin/orgDrafts'
import { useOrgAdmin } from '../../../../features/admin/useOrgAdmin'
import { useLargeText } from '../../../../features/settings/useLargeText'
import { ActionButton } from '../../../../components/ActionButton'
import { OrgDraftForm } from '../../components/OrgDraftForm'

/** Departments stationed at the center and their windows. */
export default function OrgPage() {
  const { largeText } = useLargeText()
  const org = useOrgAdmin()
  const { draft } = org
  const form = draft && (
    <OrgDraftForm draft={draft} errors={org.errors} error={org.error} saving={org.saving} onChange={org.change} onSave={() => void org.save()} onCancel={org.cancel} />
  )

  return (
    <Page largeText={largeText}>
      <View className="card">
        <Text className="card__title">部门与窗口</Text>
        <Text className="line muted">进驻部门及其窗口。事项的主办、配合部门和人员的所属窗口从这里选择。</Text>
        <ActionButton size="mini" className="btn-primary" onClick={() => org.open(newDepartmentDraft(org.departments))}>
          新增部门
        </ActionButton>
        {draft?.kind === 'department' && !draft.id && form}
      </View>

      {org.loadError ? (
        <ErrorNotice error={org.loadError} onRetry={org.reload} />
      ) : org.loading && org.departments.length === 0 ? (
        <Text className="line muted">正在加载…</Text>
      ) : (
        org.departments.map((d) => (
          <View className="card" key={d.id}>
            {draft?.kind === 'department' && draft.id === d.id ? (
              form
            ) : (
              <View className="admin-row">
                <Text className="card__title">{d.name}</Text>
                <ActionButton size="mini" onClick={() => org.open(departmentDraftOf(d))}>
                  改名
                </ActionButton>
              </View>
            )}
            {d.windows.length === 0 && <Text className="line muted">暂无窗口</Text>}
            {d.windows.map((w) =>
              draft?.kind === 'window' && draft.id === w.id ? (
                <View key={w.id}>{form}</View>
              ) : (
                <View className="admin-row" key={w.id}>
                  <Text className="line">
                    {w.number} · {w.name}
                  </Text>
                  <ActionButton size="mini" onClick={() => org.open(windowDraftOf(w))}>
                    编辑
                  </ActionButton>
                </View>
              ),
            )}
            {draft?.kind === 'window' && !draft.id && draft.departmentId === d.id ? (
              form
            ) : (
              <ActionButton size="mini" onClick={() => org.open(newWindowDraft(d.id))}>
                添加窗口
              </ActionButton>
            )}
          </View>
        ))
      )}
    </Page>
  )
}
