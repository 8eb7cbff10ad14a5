import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { Hospital } from '@/domain/clinic/contract'
import { withQuery } from '@/shared/routes'
import { ActionButton } from '@/shared/ui/action-button'
import { AsyncView, EmptyView } from '@/shared/ui/async-view'
import { CLINIC_PAGES } from '../routes'
import { useHospitals } from '../store'
import './clinic.scss'

/** A big card that leads one step further (a hospital, a campus, a department). */
function StepCard({ id, title, detail, onOpen, big = true }: { id: string; title: string; detail?: string; onOpen: () => void; big?: boolean }) {
  return (
    <View id={id} role='button' tabIndex={0} className='step-card tappable' onClick={onOpen}>
      <Text className={`${big ? 'key-figure' : 'body-text'} choice-name`}>{title}</Text>
      {detail && <Text className='body-text muted'>{detail}</Text>}
    </View>
  )
}

/** The first steps of booking: hospital → campus → department, one big card per choice. */
export function HospitalPicker() {
  const hospitals = useHospitals()
  return (
    <AsyncView query={hospitals} loadingText='正在加载医院…' isEmpty={(data) => data.hospitals.length === 0} emptyText='暂时没有可预约的医院。'>
      {(data) => <Steps hospitals={data.hospitals} />}
    </AsyncView>
  )
}

function Steps({ hospitals }: { hospitals: Hospital[] }) {
  const [hospitalId, setHospitalId] = useState('')
  const [campusId, setCampusId] = useState('')
  const hospital = hospitals.find((h) => h.id === hospitalId)
  // A hospital with a single campus needs no campus step.
  const campus = hospital?.campuses.find((c) => c.id === campusId) ?? (hospital?.campuses.length === 1 ? hospital.campuses[0] : undefined)

  if (!hospital) {
    return (
      <View className='step-list hospital-list'>
        <Text className='body-text section-title'>请选择医院</Text>
        {hospitals.map((h) => (
          <StepCard key={h.id} id={`hospital-${h.id}`} title={h.name} detail={h.campuses.map((c) => c.name).join('、')} onOpen={() => setHospitalId(h.id)} />
        ))}
      </View>
    )
  }

  const changeHospital = (
    <ActionButton
      id='change-hospital'
      className='step-back'
      onClick={() => {
        setHospitalId('')
        setCampusId('')
      }}
    >
      换医院
    </ActionButton>
  )

  if (!campus) {
    return (
      <View className='step-list campus-list'>
        <View className='step-header'>
          <Text className='body-text section-title'>{hospital.name} · 请选择院区</Text>
          {changeHospital}
        </View>
        {hospital.campuses.map((c) => (
          <StepCard key={c.id} id={`campus-${c.id}`} title={c.name} detail={c.address} onOpen={() => setCampusId(c.id)} />
        ))}
      </View>
    )
  }

  const openDepartment = (departmentId: string) =>
    void Taro.navigateTo({ url: withQuery(CLINIC_PAGES.schedule, { hospitalId: hospital.id, campusId: campus.id, departmentId }) })

  return (
    <View className='department-list'>
      <View className='step-header'>
        <Text className='body-text section-title'>
          {hospital.shortName} {campus.name} · 请选择科室
        </Text>
        {hospital.campuses.length > 1 ? (
          <ActionButton id='change-campus' className='step-back' onClick={() => setCampusId('')}>
            换院区
          </ActionButton>
        ) : (
          changeHospital
        )}
      </View>
      {campus.departments.length === 0 && <EmptyView text='该院区暂未开放网上挂号。' />}
      <View className='department-grid'>
        {campus.departments.map((d) => (
          <StepCard key={d.id} id={`department-${d.id}`} title={d.name} big={false} onOpen={() => openDepartment(d.id)} />
        ))}
      </View>
    </View>
  )
}
