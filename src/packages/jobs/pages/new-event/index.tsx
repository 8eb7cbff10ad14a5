import { EventForm } from '@/features/jobs/components/event-form'
import { SeniorAwarePage } from '@/features/senior-mode/senior-aware-page'

export default function NewEventPage() {
  return (
    <SeniorAwarePage className='jobs-new-event-page'>
      <EventForm />
    </SeniorAwarePage>
  )
}
