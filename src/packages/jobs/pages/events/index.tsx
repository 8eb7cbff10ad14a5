import { EventList } from '@/features/jobs/components/event-list'
import { SeniorAwarePage } from '@/features/senior-mode/senior-aware-page'

export default function EventsPage() {
  return (
    <SeniorAwarePage className='jobs-events-page'>
      <EventList />
    </SeniorAwarePage>
  )
}
