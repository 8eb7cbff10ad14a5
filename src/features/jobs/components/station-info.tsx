import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { StationView } from '@/domain/jobs/contract'
import { ActionButton } from '@/shared/ui/action-button'
import { AsyncView } from '@/shared/ui/async-view'
import { UnbrokenTimes } from '@/shared/ui/unbroken-times'
import { JOBS_PAGES } from '../routes'
import { useStation } from '../use-jobs-session'
import { FactRow } from '@/shared/ui/fact-row'
import { PhoneLine, PlaceLine } from './info-row'
import './jobs.scss'
import { LabelledFigure } from '@/shared/ui/labelled-figure'

/** What each of the station's services does for a day labourer, and where in the app it is. */
const SERVICE_LINKS: Record<string, { text: string; url?: string; button?: string }> = {
  求职登记: { text: '登记会什么、想干什么、什么时候有空，报名时用工单位能看到', url: JOBS_PAGES.register, button: '去登记' },
  信息发布: { text: '经驿站审核的岗位，日结零工、临时工、长期工', url: JOBS_PAGES.search, button: '去找活' },
  能力提升: { text: '养老护理员、育婴员、家政等免费或补贴培训', url: JOBS_PAGES.events, button: '看培训' },
  政策咨询: { text: '就业补贴、社保、培训补贴等政策，到驿站或打电话问' },
}

/** '2023-09-01' → '2023年9月开站'. */
const openedText = (date: string) => `${date.slice(0, 4)}年${Number(date.slice(5, 7))}月开站`

function StationBody({ station: s }: { station: StationView }) {
  return (
    <View className='station-info'>
      <View className='card station-card' role='group' aria-label={s.name}>
        <Text className='key-figure'>{s.name}</Text>
        <Text className='body-text muted'>{openedText(s.openedOn)}</Text>
        <FactRow label='地址' className='station-address'>
          <PlaceLine id='station-map' place={s.address} lat={s.lat} lng={s.lng} name={s.name} />
        </FactRow>
        <FactRow label='开放时间' className='station-hours'>
          <Text className='body-text'>
            <UnbrokenTimes text={s.hours} />
          </Text>
        </FactRow>
        <FactRow label='电话' className='station-phone'>
          <PhoneLine id='call-station' phone={s.phone} label={s.name} />
        </FactRow>
      </View>

      <Text className='body-text section-title'>驿站能为您做什么</Text>
      {s.services.map((name) => {
        const link = SERVICE_LINKS[name]
        return (
          <View key={name} className='card station-service' role='group' aria-label={name}>
            <Text className='body-text posting-card-title'>{name}</Text>
            {link && <Text className='body-text'>{link.text}</Text>}
            {link?.url && (
              <View className='action-row'>
                <ActionButton onClick={() => void Taro.navigateTo({ url: link.url! })}>{link.button}</ActionButton>
              </View>
            )}
          </View>
        )
      })}

      <Text className='body-text section-title'>驿站里免费提供</Text>
      <View className='card'>
        <View className='tag-list station-amenities' role='list' aria-label='免费提供'>
          {s.amenities.map((a) => (
            <Text key={a} role='listitem' className='body-text tag'>
              {a}
            </Text>
          ))}
        </View>
      </View>

      <Text className='body-text section-title'>开站以来（县里通报）</Text>
      <View className='card'>
        <View className='jobs-figures'>
          <LabelledFigure className='jobs-figure' label='收集岗位' value={`${s.reported.positions}个`} />
          <LabelledFigure className='jobs-figure' label='举办培训班' value={`${s.reported.classes}期`} />
          <LabelledFigure className='jobs-figure' label='培训' value={`${s.reported.trainees}人`} />
          <LabelledFigure className='jobs-figure' label='养老护理员、育婴员' value={`${s.reported.caregivers}人`} />
        </View>
        <Text className='body-text muted'>{s.reported.source}</Text>
      </View>
    </View>
  )
}

/** 零工驿站: where and when, whom to call, its services and what it offers for free. */
export function StationInfo() {
  const station = useStation()
  return (
    <AsyncView query={station} loadingText='正在加载零工驿站…'>
      {(s) => <StationBody station={s} />}
    </AsyncView>
  )
}
