import { renderSectionCard } from '@/lib/og/section-card'
import { CARD_SIZE } from '@/lib/og/ShareCard'

export const alt = 'People: what the list holds, and the site’s name'
export const size = CARD_SIZE
export const contentType = 'image/png'

export default function PeopleListShareImage() {
  return renderSectionCard({ kicker: 'People', title: 'The cast and crew of the series we cover', detail: null })
}
