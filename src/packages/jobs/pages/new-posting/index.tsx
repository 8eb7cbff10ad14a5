import { PostingForm } from '@/features/jobs/components/posting-form'
import { SeniorAwarePage } from '@/features/senior-mode/senior-aware-page'

export default function NewPostingPage() {
  return (
    <SeniorAwarePage className='jobs-new-posting-page'>
      <PostingForm />
    </SeniorAwarePage>
  )
}
