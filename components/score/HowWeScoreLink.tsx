import { IntentLink } from '@/components/links/IntentLink'
import { HOW_WE_SCORE_PATH } from '@/lib/routes'

/** The small link every score widget carries to the page that explains the scale and the bands. */
export function HowWeScoreLink({ className = '' }: { className?: string }) {
  return (
    <IntentLink href={HOW_WE_SCORE_PATH} className={`font-sans text-sm text-link ${className}`.trim()}>
      How we score
    </IntentLink>
  )
}
