import {
  PortableText,
  toPlainText,
  type PortableTextBlock,
  type PortableTextBlockComponent,
  type PortableTextComponents,
} from '@portabletext/react'

import { SpoilerBlock } from '@/components/spoilers/SpoilerBlock'

import { BodyImage } from './BodyImage'
import { BodyLink } from './BodyLink'
import { headingAnchors, type HeadingAnchor } from './heading-anchors'
import { InternalLink } from './InternalLink'
import { PullQuote, type PullQuoteValue } from './PullQuote'
import { ScoreCallout } from './ScoreCallout'
import { SectionHeading } from './SectionHeading'

/** Any Portable Text a page query returns; the renderer only relies on _type and the fields below. */
export type BodyValue = readonly { _type: string; _key?: string | null }[]

interface SpoilerValue {
  _type: 'spoiler'
  _key?: string
  episode?: number | null
  summary?: string | null
  body?: PortableTextBlock[] | null
}

export interface PortableTextBodyProps {
  value: BodyValue | null | undefined
  /** The series the text is about: its spoiler shield then locks spoilers for later episodes. */
  seriesSlug?: string | null
  /** Keeps heading ids apart when a page shows several bodies (e.g. one per guide section). */
  anchorPrefix?: string
  className?: string
}

function buildComponents(
  anchors: Map<string, HeadingAnchor>,
  seriesSlug: string | null | undefined,
  nested: boolean,
): PortableTextComponents {
  const heading = (level: 2 | 3): PortableTextBlockComponent =>
    function Heading({ value, children }) {
      const anchor = value._key ? anchors.get(value._key) : undefined
      const Tag = `h${level}` as const
      if (!anchor || nested) return <Tag>{children}</Tag>
      return (
        <SectionHeading level={level} id={anchor.id} text={anchor.text || toPlainText(value)}>
          {children}
        </SectionHeading>
      )
    }

  return {
    block: { h2: heading(2), h3: heading(3) },
    // Content from a newer schema than this renderer knows: leave it out rather than print a warning.
    unknownType: () => null,
    marks: { link: BodyLink, internalLink: InternalLink },
    types: {
      pullQuote: ({ value }: { value: PullQuoteValue }) => (
        <PullQuote text={value.text} attribution={value.attribution} />
      ),
      image: BodyImage,
      scoreCallout: ScoreCallout,
      spoiler: ({ value }: { value: SpoilerValue }) => (
        <SpoilerBlock episode={value.episode} summary={value.summary} seriesSlug={seriesSlug}>
          <PortableText
            value={value.body ?? []}
            components={buildComponents(anchors, seriesSlug, true)}
            onMissingComponent={false}
          />
        </SpoilerBlock>
      ),
    },
  }
}

/**
 * Editorial Portable Text: reviews, synopses, guide sections, bios and news. Headings get stable,
 * unique anchor ids; links pass the safe-href gate; internal links resolve to site paths; spoilers
 * fold behind a disclosure and obey the series' spoiler shield.
 */
export function PortableTextBody({ value, seriesSlug, anchorPrefix, className = '' }: PortableTextBodyProps) {
  if (!value || value.length === 0) return null
  const anchors = new Map(headingAnchors(value, { prefix: anchorPrefix }).map((anchor) => [anchor.key, anchor]))
  return (
    <div className={`prose ${className}`.trim()}>
      <PortableText
        value={value as unknown as PortableTextBlock[]}
        components={buildComponents(anchors, seriesSlug, false)}
        onMissingComponent={false}
      />
    </div>
  )
}
