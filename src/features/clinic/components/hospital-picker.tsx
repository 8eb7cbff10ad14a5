import { useEffect } from 'react'
import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { EmptyState, ErrorState, LoadingState } from '@/shared/ui/async-state'
import { CLINIC_PAGES, withQuery } from '../routes'
import { namesOf, useClinicStore } from '../store'
import './clinic.scss'

/** The first steps of booking: hospital → campus → department, one big card per choice. */
export function HospitalPicker() {
  const { hospitalsStatus, hospitalsError, hospitals, selection, loadHospitals, selectHospital, selectCampus, selectDepartment } = useClinicStore()

  useEffect(() => {
    if (hospitalsStatus === 'idle') void loadHospitals()
  }, [hospitalsStatus, loadHospitals])

  if (hospitalsStatus === 'idle' || hospitalsStatus === 'loading') return <LoadingState text='正在加载医院…' />
  if (hospitalsStatus === 'error') return <ErrorState message={hospitalsError} onRetry={() => void loadHospitals()} />
  if (hospitals.length === 0) return <EmptyState text='暂时没有可预约的医院。' />

  const { hospital, campus } = namesOf(hospitals, selection)

  const openDepartment = (departmentId: string) => {
    if (!hospital || !campus) return
    selectDepartment(departmentId)
    void Taro.navigateTo({
      url: withQuery(CLINIC_PAGES.schedule, { hospitalId: hospital.id, campusId: campus.id, departmentId }),
    })
  }

  if (!hospital) {
    return (
      <View className='choice-grid hospital-list'>
        <Text className='body-text section-title'>请选择医院</Text>
        {hospitals.map((h) => (
          <View key={h.id} id={`hospital-${h.id}`} className='choice-card tappable' onClick={() => selectHospital(h.id)}>
            <Text className='key-figure choice-name'>{h.name}</Text>
            <Text className='body-text muted'>{h.campuses.map((c) => c.name).join('、')}</Text>
          </View>
        ))}
      </View>
    )
  }

  const backToHospitals = (
    <Button id='change-hospital' className='btn tappable step-back' onClick={() => useClinicStore.setState({ selection: {} })}>
      换医院
    </Button>
  )

  if (!campus) {
    return (
      <View className='choice-grid campus-list'>
        <View className='step-header'>
          <Text className='body-text section-title'>{hospital.name} · 请选择院区</Text>
          {backToHospitals}
        </View>
        {hospital.campuses.map((c) => (
          <View key={c.id} id={`campus-${c.id}`} className='choice-card tappable' onClick={() => selectCampus(c.id)}>
            <Text className='key-figure choice-name'>{c.name}</Text>
            <Text className='body-text muted'>{c.address}</Text>
          </View>
        ))}
      </View>
    )
  }

  return (
    <View className='department-list'>
      <View className='step-header'>
        <Text className='body-text section-title'>
          {hospital.shortName} {campus.name} · 请选择科室
        </Text>
        {hospital.campuses.length > 1 ? (
          <Button id='change-campus' className='btn tappable step-back' onClick={() => selectHospital(hospital.id)}>
            换院区
          </Button>
        ) : (
          backToHospitals
        )}
      </View>
      {campus.departments.length === 0 && <EmptyState text='该院区暂未开放网上挂号。' />}
      <View className='department-grid'>
        {campus.departments.map((d) => (
          <View key={d.id} id={`department-${d.id}`} className='choice-card tappable' onClick={() => openDepartment(d.id)}>
            <Text className='body-text choice-name'>{d.name}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
