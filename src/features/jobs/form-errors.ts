/**
 * The server's error for a field, also when it names a part of it ('skills.0',
 * 'requirements.minAge'), so no refusal goes unshown beside the field it is about.
 */
export function fieldError(fields: Record<string, string> | undefined, name: string): string | undefined {
  if (!fields) return undefined
  if (fields[name]) return fields[name]
  const key = Object.keys(fields).find((k) => k.startsWith(`${name}.`))
  return key ? fields[key] : undefined
}

/** Whether any of the server's field errors is shown beside a field of this form. */
export function shownBesideFields(fields: Record<string, string> | undefined, names: string[]): boolean {
  return Object.keys(fields ?? {}).some((k) => names.some((n) => k === n || k.startsWith(`${n}.`)))
}
