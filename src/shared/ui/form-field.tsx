import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'

/** What the control inside a field needs so a screen reader names it and hears its error. */
export interface FieldControlProps {
  /** For Taro's Input/Switch: reaches the inner <input> on H5. */
  nativeProps: Record<string, string>
}

export interface FormFieldProps {
  /** Names the field and the control inside it. */
  label: string
  /** A stable name for the field: error and hint classes (field-error-<name>). */
  name: string
  hint?: string
  error?: string
  /** A render function receives the props that label its control. */
  children: ReactNode | ((control: FieldControlProps) => ReactNode)
  className?: string
}

/**
 * One form field: its label, the control, a hint, and the error under it. The control is
 * labelled by the same words the eye reads (axe: every input has a label).
 */
export function FormField({ label, name, hint, error, children, className }: FormFieldProps) {
  const nativeProps: Record<string, string> = { 'aria-label': label }
  if (error) nativeProps['aria-invalid'] = 'true'
  return (
    <View className={`card form-field form-field-${name} ${className ?? ''}`}>
      <Text className='body-text field-label'>{label}</Text>
      {typeof children === 'function' ? children({ nativeProps }) : children}
      {hint && <Text className={`muted field-hint field-hint-${name}`}>{hint}</Text>}
      {error && (
        <Text role='alert' className={`field-error field-error-${name}`}>
          {error}
        </Text>
      )}
    </View>
  )
}

/** A form-level error (not tied to one field), shown above the submit button. */
export function FormError({ text, name = 'form' }: { text?: string; name?: string }) {
  if (!text) return null
  return (
    <Text role='alert' className={`field-error field-error-${name}`}>
      {text}
    </Text>
  )
}
