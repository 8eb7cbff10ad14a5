import { Text } from '@tarojs/components'
import { CallButton, MapButton } from '@/shared/ui/call-and-map'
import { FactRow } from '@/shared/ui/fact-row'
import './jobs.scss'


/** Whom to call: the name, the number in full, and 拨打电话 (the phone asks before calling). */
export function ContactRow({ name, phone, id, className }: { name: string; phone: string; id?: string; className?: string }) {
  return (
    <FactRow label='联系人' className={className}>
      <Text className='body-text contact-name'>{name}</Text>
      <PhoneLine id={id} phone={phone} label={name} />
    </FactRow>
  )
}

/** A phone number in full with 拨打电话 (the phone asks before calling). */
export function PhoneLine({ phone, label, id }: { phone: string; label: string; id?: string }) {
  return (
    <>
      <Text className='body-text nowrap phone-number'>{phone}</Text>
      <CallButton id={id} phone={phone} who={label} />
    </>
  )
}

/** A place in words, and 查看地图 where its point is known. */
export function PlaceLine({ place, lat, lng, name, id }: { place: string; lat: number | null; lng: number | null; name: string; id?: string }) {
  return (
    <>
      <Text className='body-text'>{place}</Text>
      <MapButton id={id} name={name} address={place} lat={lat} lng={lng} />
    </>
  )
}
