export interface PullQuoteValue {
  _type: 'pullQuote'
  _key?: string
  text?: string | null
  attribution?: string | null
}

/** A line lifted from the review and set large; the attribution is optional. */
export function PullQuote({ text, attribution }: { text?: string | null; attribution?: string | null }) {
  if (!text) return null
  return (
    <figure className="my-10 border-y border-rule py-6 text-center">
      <blockquote className="border-0 pl-0 font-serif text-2xl leading-snug font-medium text-balance text-ink italic sm:text-[1.65rem]">
        <p>{text}</p>
      </blockquote>
      {attribution ? <figcaption className="kicker mt-4">{attribution}</figcaption> : null}
    </figure>
  )
}
