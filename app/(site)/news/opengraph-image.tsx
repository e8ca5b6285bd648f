import { renderSectionCard } from '@/lib/og/section-card'
import { CARD_SIZE } from '@/lib/og/ShareCard'

export const alt = 'News: what the list holds, and the site’s name'
export const size = CARD_SIZE
export const contentType = 'image/png'

export default function NewsListShareImage() {
  return renderSectionCard({ kicker: 'News', title: 'News from the series we cover', detail: null })
}
