import { Text, View } from '@tarojs/components'
import type { CommunityOption } from '@/domain/heating/contract'
import { useQuery } from '@/shared/api/use-query'
import { ActionButton } from '@/shared/ui/action-button'
import { AsyncView } from '@/shared/ui/async-view'
import { heatingApi } from '../api'
import './heating.scss'

export interface PlaceDraft {
  communityId: string
  buildingId: string
  unitId: string
}

export const NO_PLACE: PlaceDraft = { communityId: '', buildingId: '', unitId: '' }

/** One choice of a level; the level folds away once one is chosen, so none shows as chosen here. */
function Chip({ id, label, onSelect }: { id: string; label: string; onSelect: () => void }) {
  return (
    <View id={id} role='radio' tabIndex={0} aria-checked='false' className='place-chip tappable' onClick={onSelect}>
      <Text className='body-text place-chip-name'>{label}</Text>
    </View>
  )
}

/** One chosen level: what was chosen and a way to change it. */
function ChosenLine({ label, value, onChange, id }: { label: string; value: string; onChange: () => void; id: string }) {
  return (
    <View className='place-chosen'>
      <View className='place-chosen-text'>
        <Text className='body-text muted'>{label}</Text>
        <Text className='body-text place-chosen-value'>{value}</Text>
      </View>
      <ActionButton id={id} className='place-change' label={`更换${label}`} onClick={onChange}>
        更换
      </ActionButton>
    </View>
  )
}

export interface PlacePickerProps {
  communities: CommunityOption[]
  value: PlaceDraft
  onChange: (place: PlaceDraft) => void
  error?: string
}

/**
 * 小区 → 楼栋 → 单元, one level at a time on big cards: a chosen level folds into one line
 * with 更换, so a resident whose place is remembered sees three lines and goes on.
 */
export function PlacePicker({ communities, value, onChange, error }: PlacePickerProps) {
  const community = communities.find((c) => c.id === value.communityId)
  const buildings = useQuery(['heating.buildings', value.communityId], () => heatingApi.buildings(value.communityId), { enabled: Boolean(community) })
  const building = buildings.data?.buildings.find((b) => b.id === value.buildingId)
  const unit = building?.units.find((u) => u.id === value.unitId)
  const choose = onChange

  return (
    <View className='card place-picker'>
      <Text className='body-text field-label'>您家的位置</Text>
      {!community ? (
        <View role='radiogroup' aria-label='小区' className='place-grid place-grid-communities'>
          {communities.map((c) => (
            <Chip key={c.id} id={`community-${c.id}`} label={c.name} onSelect={() => choose({ ...NO_PLACE, communityId: c.id })} />
          ))}
        </View>
      ) : (
        <>
          <ChosenLine id='change-community' label='小区' value={`${community.name}（${community.stationName}）`} onChange={() => choose(NO_PLACE)} />
          <AsyncView query={buildings} loadingText='正在加载楼栋…' isEmpty={(data) => data.buildings.length === 0} emptyText='该小区还没有楼栋信息，请致电供热公司反映。'>
            {(data) =>
              !building ? (
                <View role='radiogroup' aria-label='楼栋' className='place-grid place-grid-buildings'>
                  {data.buildings.map((b) => (
                    <Chip key={b.id} id={`building-${b.id}`} label={b.name} onSelect={() => choose({ communityId: community.id, buildingId: b.id, unitId: b.units.length === 1 ? b.units[0].id : '' })} />
                  ))}
                </View>
              ) : (
                <>
                  <ChosenLine id='change-building' label='楼栋' value={building.name} onChange={() => choose({ communityId: community.id, buildingId: '', unitId: '' })} />
                  {!unit ? (
                    <View role='radiogroup' aria-label='单元' className='place-grid place-grid-units'>
                      {building.units.map((u) => (
                        <Chip key={u.id} id={`unit-${u.id}`} label={u.name} onSelect={() => choose({ ...value, unitId: u.id })} />
                      ))}
                    </View>
                  ) : (
                    <ChosenLine id='change-unit' label='单元' value={unit.name} onChange={() => choose({ ...value, unitId: '' })} />
                  )}
                </>
              )
            }
          </AsyncView>
        </>
      )}
      {error && (
        <Text role='alert' className='field-error field-error-place'>
          {error}
        </Text>
      )}
    </View>
  )
}
