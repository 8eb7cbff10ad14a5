import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/shared/ui/action-button'
import { JOBS_PAGES } from '../routes'
import { useHasRole } from '../use-jobs-session'
import './jobs.scss'

const open = (url: string) => () => void Taro.navigateTo({ url })

/**
 * Where the landing page leads: a seeker's own pages for everyone; an employer's, the
 * station's or the county's pages only for those granted the role.
 */
export function JobsEntries() {
  const employer = useHasRole('employer')
  const staff = useHasRole('station_staff')
  const official = useHasRole('official')
  return (
    <View className='jobs-entries'>
      <ActionButton id='entry-my-applications' onClick={open(JOBS_PAGES.myApplications)}>
        我的报名
      </ActionButton>
      <ActionButton id='entry-register' onClick={open(JOBS_PAGES.register)}>
        求职登记
      </ActionButton>
      <ActionButton id='entry-station' onClick={open(JOBS_PAGES.station)}>
        驿站服务
      </ActionButton>
      <ActionButton id='entry-events' onClick={open(JOBS_PAGES.events)}>
        培训招聘会
      </ActionButton>
      {employer && (
        <>
          <Text className='body-text section-title jobs-role-title'>用工单位</Text>
          <ActionButton id='entry-employer' onClick={open(JOBS_PAGES.employer)}>
            我的招聘
          </ActionButton>
          <ActionButton id='entry-new-posting' onClick={open(JOBS_PAGES.newPosting)}>
            发布岗位
          </ActionButton>
        </>
      )}
      {staff && (
        <>
          <Text className='body-text section-title jobs-role-title'>驿站工作</Text>
          <ActionButton id='entry-review' onClick={open(JOBS_PAGES.review)}>
            岗位审核
          </ActionButton>
          <ActionButton id='entry-import' onClick={open(JOBS_PAGES.import)}>
            导入岗位
          </ActionButton>
          <ActionButton id='entry-new-event' onClick={open(JOBS_PAGES.newEvent)}>
            发布培训
          </ActionButton>
          <ActionButton id='entry-figures' onClick={open(JOBS_PAGES.figures)}>
            驿站统计
          </ActionButton>
        </>
      )}
      {official && !staff && (
        <>
          <Text className='body-text section-title jobs-role-title'>政府工作</Text>
          <ActionButton id='entry-figures' onClick={open(JOBS_PAGES.figures)}>
            全县就业统计
          </ActionButton>
        </>
      )}
    </View>
  )
}
