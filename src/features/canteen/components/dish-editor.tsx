import { Input, Text, View } from '@tarojs/components'
import { ALLERGENS, DISH_CATEGORIES, DISH_TAGS } from '@/domain/canteen/meals'
import { ActionButton } from '@/shared/ui/action-button'
import { toggled, type DishDraft } from '../menu-draft'
import './canteen.scss'

interface ChipsProps<T extends string> {
  label: string
  values: readonly T[]
  isOn: (value: T) => boolean
  onTap: (value: T) => void
  /** radio: one of them; checkbox: any of them. */
  kind: 'radio' | 'checkbox'
}

/** Choices as chips that wrap, announced as radios or checkboxes. */
function Chips<T extends string>({ label, values, isOn, onTap, kind }: ChipsProps<T>) {
  return (
    <View role={kind === 'radio' ? 'radiogroup' : 'group'} aria-label={label} className='chip-field'>
      <Text className='body-text chip-field-label'>{label.replace(/^第\d+道菜的/, '')}</Text>
      <View className='canteen-chip-row'>
        {values.map((value) => (
          <View
            key={value}
            role={kind} tabIndex={0}
            aria-checked={isOn(value) ? 'true' : 'false'}
            className={`canteen-chip tappable body-text ${isOn(value) ? 'selected' : ''}`}
            onClick={() => onTap(value)}
          >
            {value}
          </View>
        ))}
      </View>
    </View>
  )
}

export interface DishEditorProps {
  index: number
  dish: DishDraft
  error?: string
  onChange: (dish: DishDraft) => void
  onRemove?: () => void
}

/** One dish: its name, category, the tags a senior looks for, and allergens. */
export function DishEditor({ index, dish, error, onChange, onRemove }: DishEditorProps) {
  const ordinal = `第${index + 1}道菜`
  return (
    <View role='group' aria-label={ordinal} className='card dish-editor' data-index={index}>
      <Text className='body-text field-label'>{ordinal}</Text>
      <Input
        className='body-text field-input dish-name-input'
        nativeProps={{ 'aria-label': `${ordinal}的菜名`, ...(error ? { 'aria-invalid': 'true' } : {}) }}
        maxlength={20}
        placeholder='菜名，如 小鸡炖蘑菇'
        value={dish.name}
        onInput={(e) => onChange({ ...dish, name: e.detail.value })}
      />
      {error && <Text className='field-error'>{error}</Text>}
      <Chips label={`${ordinal}的类别`} kind='radio' values={DISH_CATEGORIES} isOn={(c) => dish.category === c} onTap={(category) => onChange({ ...dish, category })} />
      <Chips label={`${ordinal}的标签`} kind='checkbox' values={DISH_TAGS} isOn={(t) => dish.tags.includes(t)} onTap={(t) => onChange({ ...dish, tags: toggled(dish.tags, t, DISH_TAGS) })} />
      <Chips
        label={`${ordinal}的过敏原`}
        kind='checkbox'
        values={ALLERGENS}
        isOn={(a) => dish.allergens.includes(a)}
        onTap={(a) => onChange({ ...dish, allergens: toggled(dish.allergens, a, ALLERGENS) })}
      />
      {onRemove && (
        <View className='action-row'>
          <ActionButton kind='danger' className='remove-dish' label={`删除这道菜（${ordinal}）`} onClick={onRemove}>
            删除这道菜
          </ActionButton>
        </View>
      )}
    </View>
  )
}
