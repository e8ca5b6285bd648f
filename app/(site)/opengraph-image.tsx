import { renderSectionCard } from '@/lib/og/section-card'
import { CARD_SIZE } from '@/lib/og/ShareCard'

export const alt = 'The site’s name and what it covers'
export const size = CARD_SIZE
export const contentType = 'image/png'

export default function HomeShareImage() {
  return renderSectionCard({ kicker: 'Television drama, reviewed' })
}
