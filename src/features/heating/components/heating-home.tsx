import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { CommunitiesAnswer } from '@/domain/heating/contract'
import { useQuery } from '@/shared/api/use-query'
import { useSessionStore } from '@/shared/session/session-store'
import { ActionButton } from '@/shared/ui/action-button'
import { AsyncView } from '@/shared/ui/async-view'
import { heatingApi } from '../api'
import { celsiusText } from '../heating-labels'
import { HEATING_PAGES } from '../routes'
import { CompanyLine } from './complaint-facts'
import './heating.scss'

const open = (url: string) => void Taro.navigateTo({ url })

/** The rules a resident should know before reporting, all from the server's answer. */
function Rules({ answer }: { answer: CommunitiesAnswer }) {
  const heat = answer.categories.find((c) => c.needsReading)
  const companies = [...new Map(answer.communities.map((c) => [c.companyId, c])).values()]
  return (
    <>
      <View className='card heating-standard'>
        <Text className='body-text muted'>室内温度标准</Text>
        <Text className='key-figure standard-figure nowrap'>不低于{celsiusText(answer.policy.standardCelsius)}</Text>
        <Text className='body-text'>{answer.standardSentence}</Text>
        <Text className={`body-text notice season-line ${answer.season.inSeason ? 'good' : ''}`}>
          {answer.season.inSeason ? '现在是供暖期。' : '现在不在供暖期。'}
          {answer.season.sentence}。
        </Text>
      </View>
      <View className='card heating-rules'>
        <Text className='body-text section-title'>反映之后</Text>
        {heat && <Text className='body-text rule-line'>· 室温问题：{heat.deadlineSentence}</Text>}
        <Text className='body-text rule-line'>· 上门实测低于标准的，参考退费：{answer.refundSentence}</Text>
        <Text className='body-text rule-line'>· {answer.reopenSentence}</Text>
      </View>
      {companies.map((c) => (
        <CompanyLine key={c.companyId} complaint={c} />
      ))}
    </>
  )
}

/** 温暖供热: 我要反映 and 我的反映 for residents, 调度台 for the company's dispatchers, 供热统计 for them and for officials. */
export function HeatingHome() {
  const userId = useSessionStore((state) => state.user?.id)
  const isDispatcher = useSessionStore((state) => Boolean(state.user?.roles.some((r) => r.role === 'heating_dispatcher')))
  const isOfficial = useSessionStore((state) => Boolean(state.user?.roles.some((r) => r.role === 'official')))
  const rules = useQuery(['heating.communities', userId], heatingApi.communities)
  return (
    <View className='heating-home'>
      <View className='heating-entries'>
        <ActionButton id='entry-report' kind='primary' block onClick={() => open(HEATING_PAGES.report)}>
          我要反映
        </ActionButton>
        <ActionButton id='entry-mine' block onClick={() => open(HEATING_PAGES.mine)}>
          我的反映
        </ActionButton>
        {isDispatcher && (
          <ActionButton id='entry-dispatch' block onClick={() => open(HEATING_PAGES.dispatch)}>
            调度台
          </ActionButton>
        )}
        {(isDispatcher || isOfficial) && (
          <ActionButton id='entry-figures' block onClick={() => open(HEATING_PAGES.figures)}>
            供热统计
          </ActionButton>
        )}
      </View>
      <AsyncView query={rules} loadingText='正在加载供热规定…'>
        {(answer) => <Rules answer={answer} />}
      </AsyncView>
    </View>
  )
}
