import { JobsEntries } from '@/features/jobs/components/jobs-entries'
import { PostingSearch } from '@/features/jobs/components/posting-search'
import { SeniorAwarePage } from '@/features/senior-mode/senior-aware-page'

export default function JobsSearchPage() {
  return (
    <SeniorAwarePage className='jobs-index-page'>
      <JobsEntries />
      <PostingSearch />
    </SeniorAwarePage>
  )
}
