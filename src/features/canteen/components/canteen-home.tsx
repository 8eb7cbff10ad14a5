import { View } from '@tarojs/components'
import { useQuery } from '@/shared/api/use-query'
import { AsyncView } from '@/shared/ui/async-view'
import { canteenApi } from '../api'
import { usePlaceStore } from '../place-store'
import { CanteenEntries } from './canteen-entries'
import { CanteenList, PricingRules } from './canteen-list'
import { PlaceChooser } from './place-chooser'
import './canteen.scss'

/** 助老餐厅: the family's entries, where to measure from, then the canteens and the rules. */
export function CanteenHome() {
  const place = usePlaceStore((state) => state.place)
  const canteens = useQuery(['canteen.canteens', place], () => canteenApi.canteens(place))
  return (
    <View className='canteen-home'>
      <CanteenEntries />
      <PlaceChooser />
      <AsyncView query={canteens} loadingText='正在查找餐厅…' isEmpty={(data) => data.canteens.length === 0} emptyText='暂时没有助老餐厅。'>
        {(data) => (
          <View>
            <CanteenList answer={data} />
            <PricingRules answer={data} />
          </View>
        )}
      </AsyncView>
    </View>
  )
}
