import { useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import type { DispatcherMove } from '@/domain/heating/contract'
import { businessDate } from '@/domain/business-date'
import { COMPLAINT_LIMITS } from '@/domain/heating/complaint-rules'
import type { ApiError } from '@/shared/api/api-error'
import { ActionButton } from '@/shared/ui/action-button'
import { FormError, FormField } from '@/shared/ui/form-field'
import { chinaClock, chinaInstant, MEASURED_RANGE_HINT, parseCelsius } from '../heating-labels'
import { WhenField } from './when-field'
import './heating.scss'

/** The desk's words for each move; which moves show comes from the server (`allowedMoves`). */
export const MOVE_WORDS: Record<DispatcherMove, { button: string; confirm: string; done: string; kind: 'primary' | 'secondary' | 'danger' }> = {
  accepted: { button: '受理', confirm: '确认受理', done: '已受理', kind: 'primary' },
  dispatched: { button: '派单', confirm: '确认派单', done: '已派单', kind: 'primary' },
  measured: { button: '录入上门实测', confirm: '保存实测温度', done: '已录入实测温度', kind: 'primary' },
  resolved: { button: '处理完成', confirm: '确认处理完成', done: '已处理', kind: 'primary' },
  rejected: { button: '不予受理', confirm: '确认不予受理', done: '已不予受理', kind: 'danger' },
}

/** Buttons in the order a dispatcher works: the next step first, refusing last. */
const ORDER: DispatcherMove[] = ['accepted', 'dispatched', 'measured', 'resolved', 'rejected']

export interface MoveDetails {
  note?: string
  crew?: { name: string; phone: string }
  measuredCelsius?: number
  measuredAt?: string
}

const PHONE = /^1[3-9]\d{9}$/
const NOTE_MAX = 200
const CREW_NAME_MAX = 20

interface MoveDraft {
  note: string
  crewName: string
  crewPhone: string
  celsius: string
  date: string
  time: string
  /** The time was changed by hand: send it; else the server records the moment it gets the move. */
  timeChanged: boolean
}

/** What the move still needs, or '' when it can be sent. */
function missingFor(to: DispatcherMove, d: MoveDraft): string {
  if (to === 'rejected' && !d.note.trim()) return '请写明不予受理的原因'
  if (to === 'resolved' && !d.note.trim()) return '请写明处理结果'
  if (to === 'dispatched') {
    if (!d.crewName.trim()) return '请填写维修人员姓名'
    if (!PHONE.test(d.crewPhone)) return '请填写维修人员的11位手机号'
  }
  if (to === 'measured') {
    const parsed = parseCelsius(d.celsius, COMPLAINT_LIMITS.measuredCelsius, '实测温度')
    if ('error' in parsed) return parsed.error
  }
  return ''
}

function detailsOf(to: DispatcherMove, d: MoveDraft): MoveDetails {
  const note = d.note.trim()
  return {
    ...(note ? { note } : {}),
    ...(to === 'dispatched' ? { crew: { name: d.crewName.trim(), phone: d.crewPhone } } : {}),
    ...(to === 'measured'
      ? { measuredCelsius: (parseCelsius(d.celsius, COMPLAINT_LIMITS.measuredCelsius) as { celsius: number }).celsius, ...(d.timeChanged ? { measuredAt: chinaInstant(d.date, d.time) } : {}) }
      : {}),
  }
}

const NOTE_LABELS: Record<DispatcherMove, string> = {
  accepted: '备注（选填）',
  dispatched: '备注（选填）',
  measured: '备注（选填）',
  resolved: '处理结果',
  rejected: '不予受理的原因',
}

function TextInput({ id, label, name, value, onInput, maxlength, placeholder, type, error }: { id: string; label: string; name: string; value: string; onInput: (v: string) => void; maxlength: number; placeholder: string; type?: 'text' | 'number'; error?: string }) {
  return (
    <FormField label={label} name={name} error={error}>
      {({ nativeProps }) => <Input id={id} className='body-text field-input tappable' nativeProps={nativeProps} type={type ?? 'text'} value={value} maxlength={maxlength} placeholder={placeholder} onInput={(e) => onInput(e.detail.value)} />}
    </FormField>
  )
}

export interface MovePanelProps {
  moves: DispatcherMove[]
  /** Sends the move; answers whether it landed. */
  onMove: (to: DispatcherMove, details: MoveDetails) => Promise<boolean>
  pending: boolean
  error: ApiError | null
  /** Ids stay unique when several panels share a screen (one per incident). */
  idPrefix?: string
  /** Words after each button, e.g. how many households a move of an incident reaches. */
  suffix?: (to: DispatcherMove) => string
  /** The earliest day a measurement may be dated (the complaint's day). */
  since?: string
}

/**
 * The dispatcher's moves: 受理 at once; 不予受理 (reason), 派单 (crew name and phone), 上门实测
 * (℃, time) and 处理完成 (result) through a short form that says what it still needs.
 */
export function MovePanel({ moves, onMove, pending, error, idPrefix = 'move', suffix, since }: MovePanelProps) {
  const [open, setOpen] = useState<DispatcherMove | null>(null)
  const [draft, setDraft] = useState<MoveDraft>(() => ({ note: '', crewName: '', crewPhone: '', celsius: '', ...chinaClock(new Date()), timeChanged: false }))
  const edit = (change: Partial<MoveDraft>) => setDraft((d) => ({ ...d, ...change }))
  const ordered = ORDER.filter((m) => moves.includes(m))
  const fields = error?.code === 'VALIDATION_FAILED' ? error.fields : {}

  const send = async (to: DispatcherMove) => {
    if (missingFor(to, draft)) return
    if (await onMove(to, detailsOf(to, draft))) {
      setOpen(null)
      setDraft({ note: '', crewName: '', crewPhone: '', celsius: '', ...chinaClock(new Date()), timeChanged: false })
    }
  }

  if (ordered.length === 0) return <Text className='body-text muted no-moves'>当前状态没有需要调度员办理的操作。</Text>
  const missing = open ? missingFor(open, draft) : ''
  const today = businessDate(new Date())
  return (
    <View className='move-panel'>
      <View className='move-buttons'>
        {ordered.map((to, index) => (
          <ActionButton
            key={to}
            id={`${idPrefix}-${to}`}
            // The next step is the main button; refusing never is.
            kind={MOVE_WORDS[to].kind === 'danger' ? 'danger' : index === 0 || open === to ? 'primary' : 'secondary'}
            className='move-button'
            disabled={pending}
            onClick={() => (to === 'accepted' ? void onMove(to, {}) : setOpen(open === to ? null : to))}
          >
            {MOVE_WORDS[to].button}
            {suffix ? suffix(to) : ''}
          </ActionButton>
        ))}
      </View>
      {pending && <Text className='body-text muted'>正在提交，请稍候…</Text>}
      {open && (
        <View className='card move-form' role='group' aria-label={MOVE_WORDS[open].button}>
          {open === 'dispatched' && (
            <>
              <TextInput id={`${idPrefix}-crew-name`} label='维修人员姓名' name='crew-name' value={draft.crewName} onInput={(crewName) => edit({ crewName })} maxlength={CREW_NAME_MAX} placeholder='如 王师傅' error={fields['crew.name']} />
              <TextInput id={`${idPrefix}-crew-phone`} label='维修人员手机号' name='crew-phone' type='number' value={draft.crewPhone} onInput={(crewPhone) => edit({ crewPhone })} maxlength={11} placeholder='11位手机号' error={fields['crew.phone'] ?? fields.crew} />
            </>
          )}
          {open === 'measured' && (
            <>
              <FormField label='上门实测室温（℃）' name='measured-celsius' hint={MEASURED_RANGE_HINT} error={fields.measuredCelsius}>
                {({ nativeProps }) => (
                  <Input
                    id={`${idPrefix}-measured-celsius`}
                    className='key-figure field-input tappable reading-input'
                    nativeProps={{ ...nativeProps, inputmode: 'decimal' }}
                    type={process.env.TARO_ENV === 'weapp' ? 'digit' : 'text'}
                    value={draft.celsius}
                    maxlength={5}
                    placeholder='如 16.8'
                    onInput={(e) => edit({ celsius: e.detail.value })}
                  />
                )}
              </FormField>
              <WhenField subject='上门测温' label='测温时间' date={draft.date} time={draft.time} days={{ start: since ?? today, end: today }} onChange={(change) => edit({ ...change, timeChanged: true })} />
              {!draft.timeChanged && <Text className='muted field-hint'>不改时间则按提交时记录。</Text>}
              {fields.measuredAt && <Text role='alert' className='field-error'>{fields.measuredAt}</Text>}
            </>
          )}
          <TextInput id={`${idPrefix}-note`} label={NOTE_LABELS[open]} name='move-note' value={draft.note} onInput={(note) => edit({ note })} maxlength={NOTE_MAX} placeholder={open === 'resolved' ? '如：调节入户阀门并排气，复测19.5℃' : open === 'rejected' ? '如：非集中供热用户' : ''} error={fields.note} />
          <FormError name='move' text={error && !Object.keys(fields).length ? error.message : undefined} />
          {missing && (
            <Text id={`${idPrefix}-missing`} className='body-text report-missing'>
              {missing}
            </Text>
          )}
          <ActionButton
            id={`${idPrefix}-submit`}
            kind={MOVE_WORDS[open].kind === 'danger' ? 'danger' : 'primary'}
            block
            disabled={pending || Boolean(missing)}
            describedBy={missing ? `${idPrefix}-missing` : undefined}
            onClick={() => void send(open)}
          >
            {MOVE_WORDS[open].confirm}
          </ActionButton>
        </View>
      )}
      {!open && <FormError name='move' text={error?.message} />}
    </View>
  )
}
