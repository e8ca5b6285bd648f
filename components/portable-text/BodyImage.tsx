import { ContentImage } from '@/components/media/ContentImage'

type ImageValue = NonNullable<Parameters<typeof ContentImage>[0]['image']> & { caption?: string | null }

/** An image placed in a body: full measure width, the caption under it. */
export function BodyImage({ value }: { value: ImageValue }) {
  const image = (
    <ContentImage
      image={value}
      width={720}
      sizes="(max-width: 720px) 100vw, 720px"
      className="h-auto w-full rounded-sm"
    />
  )
  if (!value.caption) return <div className="my-8">{image}</div>
  return (
    <figure className="my-8">
      {image}
      <figcaption className="mt-2 font-sans text-sm text-ink-muted">{value.caption}</figcaption>
    </figure>
  )
}
