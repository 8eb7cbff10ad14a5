import { Text, View } from '@tarojs/components'

/**
 * One figure of a figures page: its words, then the number in key-figure size (≥ 30 px in
 * 长辈模式), never broken across lines. The group is named by its words for screen readers.
 */
export function LabelledFigure({ label, value, id, className = 'figure-cell' }: { label: string; value: string | number; id?: string; className?: string }) {
  return (
    <View role='group' aria-label={label} className={className}>
      <Text className='body-text muted'>{label}</Text>
      <Text {...(id ? { id } : {})} className='key-figure nowrap'>
        {value}
      </Text>
    </View>
  )
}
