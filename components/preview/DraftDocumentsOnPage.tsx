import { contentReadUntagged } from '@/lib/content/fetch'
import { idsReadOnceQuiet } from '@/lib/content/draft-reads'
import { DRAFTS_AMONG_QUERY, PUBLISHED_AMONG_QUERY } from '@/lib/content/preview-queries'

/** The Studio's own link to a document's editor. */
function studioEditPath(id: string, type: string): string {
  return `/studio/intent/edit/id=${encodeURIComponent(id)};type=${encodeURIComponent(type)}/`
}

type Draft = { _id: string; _type: string; title: string }

function DraftLinks({ drafts }: { drafts: Draft[] }) {
  return drafts.map((draft, index) => (
    <span key={draft._id}>
      {index > 0 ? ', ' : null}
      <a className="underline underline-offset-4" href={studioEditPath(draft._id, draft._type)}>
        {draft.title}
      </a>
    </span>
  ))
}

/**
 * Draft mode: the drafts among the documents this page shows, each linked to its editor in the
 * Studio, told apart by whether readers see a published version meanwhile.
 */
export async function DraftDocumentsOnPage() {
  const ids = await idsReadOnceQuiet()
  if (ids.length === 0) return null
  const [drafts, publishedIds] = await Promise.all([
    contentReadUntagged({ query: DRAFTS_AMONG_QUERY, params: { ids }, perspective: 'drafts' }),
    contentReadUntagged({ query: PUBLISHED_AMONG_QUERY, params: { ids }, perspective: 'published' }),
  ])
  if (drafts.length === 0) return <p>No document on this page has unpublished changes.</p>
  const published = new Set(publishedIds)
  const neverPublished = drafts.filter((draft) => !published.has(draft._id))
  const changed = drafts.filter((draft) => published.has(draft._id))
  return (
    <>
      {neverPublished.length > 0 ? (
        <p>
          Never published, so readers do not see it yet: <DraftLinks drafts={neverPublished} />
        </p>
      ) : null}
      {changed.length > 0 ? (
        <p>
          Unpublished changes, readers see the published version: <DraftLinks drafts={changed} />
        </p>
      ) : null}
    </>
  )
}
