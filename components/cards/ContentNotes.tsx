import { useId } from 'react'

export interface ContentNote {
  _key?: string | null
  topic?: string | null
  detail?: string | null
}

// Plain, non-sensational names for the topics the schema allows.
const topicLabels: Record<string, string> = {
  hiv: 'HIV',
  homophobia: 'Homophobia',
  'conversion-therapy': 'Conversion therapy',
  suicide: 'Suicide',
  'self-harm': 'Self-harm',
  'sexual-content': 'Sexual content',
  'substance-use': 'Alcohol and drug use',
  'family-conflict': 'Family conflict',
  violence: 'Violence',
  grief: 'Grief and loss',
}

export function contentNoteLabel(topic: string): string {
  return topicLabels[topic] ?? topic.replace(/[-_]+/g, ' ').replace(/^\w/, (c) => c.toUpperCase())
}

/**
 * What an episode deals with, so a reader can decide when and whether to watch. Stated plainly,
 * without plot detail beyond what the editor wrote.
 */
export function ContentNotes({
  notes,
  heading = 'Content notes',
}: {
  notes: readonly ContentNote[] | null | undefined
  heading?: string
}) {
  const headingId = useId()
  const shown = (notes ?? []).filter((note): note is ContentNote & { topic: string } => Boolean(note.topic))
  if (shown.length === 0) return null
  return (
    <section aria-labelledby={headingId} className="rounded-md border border-rule px-4 py-4 sm:px-5">
      <h2 id={headingId} className="font-sans text-base font-semibold">
        {heading}
      </h2>
      <p className="mt-1 text-sm text-ink-muted">
        This episode deals with the following, so you can decide when and how to watch.
      </p>
      <ul className="mt-3 space-y-2 text-[0.95rem]">
        {shown.map((note, index) => (
          <li key={note._key ?? `${index}-${note.topic}`}>
            <span className="font-semibold">{contentNoteLabel(note.topic)}</span>
            {note.detail ? <span className="text-ink-muted">: {note.detail}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
