import { contentFetch } from '@/lib/content/fetch'
import { CRITIC_CARD_QUERY } from '@/lib/content/seo-queries'
import { cardNotFound } from '@/lib/og/not-found-card'
import { renderSectionCard } from '@/lib/og/section-card'
import { CARD_SIZE } from '@/lib/og/ShareCard'

export const alt = 'The critic’s name, role and number of reviews'
export const size = CARD_SIZE
export const contentType = 'image/png'

export default async function CriticShareImage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const critic = await contentFetch({ query: CRITIC_CARD_QUERY, params: { slug }, perspective: 'published' })
  if (!critic?.name) return cardNotFound()
  const reviews = `${critic.reviewCount} ${critic.reviewCount === 1 ? 'review' : 'reviews'}`
  return renderSectionCard({
    kicker: 'Critic',
    title: critic.name,
    detail: [critic.role, reviews].filter(Boolean).join(' · '),
  })
}
