import { PageContainer } from '@/components/layout/PageContainer'
import { PreviousNextLinks, type SequenceLink } from '@/components/layout/PreviousNextLinks'
import { contentFetch, getPerspective } from '@/lib/content/fetch'
import { EPISODE_REVIEW_NEIGHBOURS_QUERY } from '@/lib/content/queries'
import { hrefForDocument } from '@/lib/routes'
import type { EPISODE_REVIEW_NEIGHBOURS_QUERY_RESULT } from '@/sanity.types'

type Neighbour = NonNullable<EPISODE_REVIEW_NEIGHBOURS_QUERY_RESULT>['previous']

function sequenceLink(review: Neighbour, direction: 'Previous' | 'Next'): SequenceLink | null {
  const href = hrefForDocument({ _type: 'review', slug: review?.slug })
  if (!review?.episode || !href) return null
  const { number, title } = review.episode
  return {
    href,
    kicker: `${direction}: episode ${number} review`,
    title: review.critic?.name ? `${title}, by ${review.critic.name}` : title,
  }
}

/** Previous and next episode review of the series, for reading a run of episode reviews in order. */
export async function EpisodeReviewLinks({ slug }: { slug: string | null }) {
  if (!slug) return null
  const perspective = await getPerspective()
  const neighbours = await contentFetch({ query: EPISODE_REVIEW_NEIGHBOURS_QUERY, params: { slug }, perspective })
  if (!neighbours) return null
  return (
    <PageContainer width="measure" className="mt-14">
      <PreviousNextLinks
        label="Episode reviews"
        previous={sequenceLink(neighbours.previous, 'Previous')}
        next={sequenceLink(neighbours.next, 'Next')}
      />
    </PageContainer>
  )
}
