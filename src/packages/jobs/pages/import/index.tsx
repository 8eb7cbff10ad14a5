import { PostingImport } from '@/features/jobs/components/posting-import'
import { SeniorAwarePage } from '@/features/senior-mode/senior-aware-page'

export default function ImportPage() {
  return (
    <SeniorAwarePage className='jobs-import-page'>
      <PostingImport />
    </SeniorAwarePage>
  )
}
