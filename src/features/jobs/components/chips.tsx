import { Text, View } from '@tarojs/components'
import './jobs.scss'

/** The words of a chip, with "✓" before them when chosen (for the eye; a screen reader hears "checked"). */
export function ChipLabel({ on, label }: { on: boolean; label: string }) {
  return (
    <Text className='body-text'>
      {on && <Text aria-hidden='true'>✓ </Text>}
      {label}
    </Text>
  )
}

export interface ChipOption<V> {
  value: V
  label: string
  /** Shown instead of choosing when this option cannot be chosen now (a reason beside it). */
  disabledReason?: string
}

/**
 * One choice among a few short options, drawn as chips that wrap onto more lines (never a
 * row that scrolls sideways). The chosen chip is filled and says "✓".
 */
export function ChipChoices<V extends string | number | null>({
  label,
  name,
  options,
  value,
  onChange,
}: {
  label: string
  /** Ids: `${name}-${value}`. */
  name: string
  options: ChipOption<V>[]
  value: V
  onChange: (value: V) => void
}) {
  const reasons = options.filter((o) => o.disabledReason)
  return (
    <View className='jobs-chip-field'>
      <View role='radiogroup' aria-label={label} className='jobs-chip-row'>
        {options.map((option) => {
          const selected = option.value === value
          const disabled = Boolean(option.disabledReason)
          return (
            <View
              key={String(option.value)}
              id={`${name}-${String(option.value)}`}
              role='radio'
              tabIndex={0}
              aria-checked={selected ? 'true' : 'false'}
              aria-disabled={disabled ? 'true' : undefined}
              className={`jobs-chip tappable ${selected ? 'selected' : ''} ${disabled ? 'disabled' : ''}`}
              onClick={disabled ? undefined : () => onChange(option.value)}
            >
              <ChipLabel on={selected} label={option.label} />
            </View>
          )
        })}
      </View>
      {reasons.map((o) => (
        <Text key={String(o.value)} className='body-text jobs-chip-reason'>
          {o.label}：{o.disabledReason}
        </Text>
      ))}
    </View>
  )
}

/** An on/off choice ("只看日结") as a chip: a checkbox to a screen reader, "✓" when on. */
export function ToggleChip({ id, label, checked, onChange }: { id: string; label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <View
      id={id}
      role='checkbox'
      tabIndex={0}
      aria-checked={checked ? 'true' : 'false'}
      className={`jobs-chip tappable ${checked ? 'selected' : ''}`}
      onClick={() => onChange(!checked)}
    >
      <ChipLabel on={checked} label={label} />
    </View>
  )
}

/** Several of many options (wanted categories): each a checkbox chip. */
export function ChipMultiChoice<V extends string>({
  label,
  name,
  options,
  values,
  onChange,
}: {
  label: string
  name: string
  options: ChipOption<V>[]
  values: V[]
  onChange: (values: V[]) => void
}) {
  return (
    <View role='group' aria-label={label} className='jobs-chip-row'>
      {options.map((option) => (
        <ToggleChip
          key={option.value}
          id={`${name}-${option.value}`}
          label={option.label}
          checked={values.includes(option.value)}
          onChange={(on) => onChange(on ? [...values, option.value] : values.filter((v) => v !== option.value))}
        />
      ))}
    </View>
  )
}
