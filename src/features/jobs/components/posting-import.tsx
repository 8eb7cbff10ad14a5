import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, Textarea, View } from '@tarojs/components'
import type { ImportAnswer } from '@/domain/jobs/contract'
import { addDays, businessDate } from '@/domain/business-date'
import { COLUMN_LABELS, CSV_COLUMNS, CSV_HEADER } from '@/domain/jobs/posting-import'
import { useMutation } from '@/shared/api/use-mutation'
import { ActionButton } from '@/shared/ui/action-button'
import { FormError, FormField } from '@/shared/ui/form-field'
import { jobsApi } from '../api'
import { JOBS_PAGES } from '../routes'
import { RoleGate } from './role-gate'
import './jobs.scss'

/** One line as the platform exports it, valid for a month from today. */
const exampleLine = (today: string) => `小区保洁员,伊通县安心家政服务有限公司,保洁,零工,150,天,是,伊通镇长青小区,43.3478,125.3031,3,${addDays(today, 30)},13904340101,能吃苦`

function ImportResult({ answer }: { answer: ImportAnswer }) {
  return (
    <View className='card import-result' role='status'>
      <Text className='key-figure import-count'>导入{answer.imported}条</Text>
      <Text className='body-text'>{answer.reviewNote}</Text>
      {answer.refused.length > 0 ? (
        <View className='import-refused' role='list' aria-label='未导入的行'>
          <Text className='body-text section-title'>未导入{answer.refused.length}行，改好后可以只把这几行再导入一次：</Text>
          {answer.refused.map((r) => (
            <Text key={r.line} role='listitem' className='body-text refusal-line' data-line={String(r.line)}>
              {r.message}
            </Text>
          ))}
        </View>
      ) : (
        <Text className='body-text notice good'>每一行都已导入。</Text>
      )}
      {answer.imported > 0 && !answer.published && (
        <ActionButton block onClick={() => void Taro.navigateTo({ url: JOBS_PAGES.review })}>
          去审核导入的岗位
        </ActionButton>
      )}
    </View>
  )
}

function Importer() {
  const [csv, setCsv] = useState('')
  const [answer, setAnswer] = useState<ImportAnswer | null>(null)
  const run = useMutation((text: string, requestId: string) => jobsApi.importPostings(text, requestId))
  const empty = csv.trim() === ''

  const submit = async () => {
    if (empty) return
    const result = await run.run(csv)
    if (result.ok) setAnswer(result.data)
  }

  return (
    <View className='posting-import'>
      <View className='card'>
        <Text className='body-text'>从省公共就业服务平台导出岗位（CSV），用表格软件或记事本打开，全选复制，粘贴到下面。第一行是表头，必须有这些列（顺序不限）：</Text>
        <Text className='body-text csv-header' selectable>
          {CSV_HEADER}
        </Text>
        <View className='csv-columns' role='table' aria-label='各列的意思'>
          {CSV_COLUMNS.map((column) => (
            <View key={column} role='row' className='jobs-table-row'>
              <Text role='cell' className='body-text cell'>
                {column}
              </Text>
              <Text role='cell' className='body-text cell'>
                {COLUMN_LABELS[column]}
              </Text>
            </View>
          ))}
        </View>
        <Text className='body-text muted'>工种、类型、计薪单位可写中文（保洁、零工、天），日结写“是/否”，日期写 2026-12-31。有问题的行不会影响其他行。</Text>
        <Text className='body-text muted'>例如：</Text>
        <Text className='body-text csv-header' selectable>
          {exampleLine(businessDate(new Date()))}
        </Text>
      </View>
      <FormField label='CSV 内容' name='csv' error={run.error?.fields.csv}>
        {({ nativeProps }) => (
          <Textarea id='import-csv' className='csv-box' nativeProps={nativeProps} value={csv} maxlength={100000} placeholder={`${CSV_HEADER}\n…`} onInput={(e) => setCsv(e.detail.value)} />
        )}
      </FormField>
      <FormError name='import' text={run.error && !run.error.fields.csv ? run.error.message : undefined} />
      {empty && <Text className='body-text missing-reason'>请先粘贴 CSV 内容</Text>}
      <ActionButton id='import-submit' kind='primary' block disabled={empty || run.pending} onClick={() => void submit()}>
        {run.pending ? '正在导入…' : '导入'}
      </ActionButton>
      {answer && <ImportResult answer={answer} />}
    </View>
  )
}

/** 导入岗位: the provincial platform's CSV pasted in; each refused line says why, the others go in. */
export function PostingImport() {
  return (
    <RoleGate roles={['station_staff']} signIn='请先以驿站工作人员身份登录。' denied='导入岗位由零工驿站工作人员办理。'>
      <Importer />
    </RoleGate>
  )
}
