import { contentFetch } from '@/lib/content/fetch'
import { PERSON_CARD_QUERY } from '@/lib/content/seo-queries'
import { bundledImageDataUrl } from '@/lib/og/bundled-image'
import { cardNotFound } from '@/lib/og/not-found-card'
import { renderShareCard } from '@/lib/og/render-share-card'
import { CARD_SIZE } from '@/lib/og/ShareCard'
import { cardSiteName } from '@/lib/og/site-name'

export const alt = 'The person’s name, best-known role and that series’ score'
export const size = CARD_SIZE
export const contentType = 'image/png'

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1)

export default async function PersonShareImage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const [person, siteName] = await Promise.all([
    contentFetch({ query: PERSON_CARD_QUERY, params: { slug }, perspective: 'published' }),
    cardSiteName(),
  ])
  if (!person?.name) return cardNotFound()
  // A person has no score of their own: the card shows the score of the series they are known for.
  const role = person.role?.series?.title ? person.role : null
  const known = role?.series ?? person.directed
  const detail = role?.name
    ? `${role.name} in ${role.series!.title}${role.series!.year ? ` (${role.series!.year})` : ''}`
    : person.directed?.title
      ? `Director, ${person.directed.title}${person.directed.year ? ` (${person.directed.year})` : ''}`
      : null
  return renderShareCard({
    kicker:
      (person.occupations ?? [])
        .filter(Boolean)
        .map((job) => capitalise(job!))
        .join(' · ') || 'Cast and crew',
    title: person.name,
    detail,
    score: known?.seriesReview?.score,
    scoreCaption: known?.title ? `${known.title}` : null,
    imageSrc: await bundledImageDataUrl(person.photo),
    imageShape: 'portrait',
    siteName,
  })
}
