import type { ReactNode } from 'react'

/**
 * An h2/h3 in a body with a stable id and a visible "#" link to it, so readers can share a
 * section. The link sits beside the heading, not inside it, so the heading's name stays clean.
 */
export function SectionHeading({
  level,
  id,
  text,
  children,
}: {
  level: 2 | 3
  id: string
  text: string
  children: ReactNode
}) {
  const Tag = `h${level}` as const
  return (
    <div className="section-heading group flex items-baseline gap-2">
      <Tag id={id}>{children}</Tag>
      <a
        href={`#${id}`}
        aria-label={`Link to section: ${text}`}
        className="font-sans text-base font-normal text-ink-muted no-underline opacity-60 group-hover:opacity-100 hover:text-accent focus-visible:opacity-100"
      >
        #
      </a>
    </div>
  )
}
