import { redirect } from 'next/navigation'

import { Breadcrumbs, type Crumb } from '@/components/layout/Breadcrumbs'
import { PageContainer } from '@/components/layout/PageContainer'
import { Pagination } from '@/components/layout/Pagination'
import { IntentLink } from '@/components/links/IntentLink'
import { AudienceScore } from '@/components/reactions/AudienceScore'
import { ReaderReviewList } from '@/components/reactions/ReaderReviewList'
import { SpoilerShield } from '@/components/spoilers/SpoilerShield'
import { env } from '@/lib/env/server'
import { pageCount } from '@/lib/paging'
import { readerReviewWritePath } from '@/lib/routes'
import { readAudienceSummary, readReaderReviewPage } from '@/lib/reactions/read'
import {
  parseReviewListView,
  READER_REVIEWS_PER_PAGE,
  reviewListHref,
  type ReviewListView,
  searchOf,
  type SearchParams,
} from '@/lib/reactions/review-list-params'
import {
  RATINGS,
  REVIEW_SORT_LABELS,
  REVIEW_SORTS,
  type AudienceSummary,
  type ReaderReview,
} from '@/lib/reactions/types'

export interface ReaderReviewsPageData {
  summary: AudienceSummary
  reviews: ReaderReview[]
  /** Reviews matching the rating filter. */
  total: number
  /** The view shown: the page is clamped to the last one there is. */
  view: ReviewListView
  pageCount: number
}

/**
 * One page of a subject's published reader reviews as the address asks. An address that is not the
 * view's canonical one (the form's empty "all ratings", an unknown sort, a page past the end)
 * redirects to it, so each view has one address. Null when the reader side is switched off.
 */
export async function loadReaderReviewsPage(
  subject: string,
  basePath: string,
  params: SearchParams,
): Promise<ReaderReviewsPageData | null> {
  if (!env.readerReactions) return null
  const data = await readView(subject, parseReviewListView(params))
  const requested = searchOf(params)
  const canonical = reviewListHref(basePath, data.view)
  if (canonical !== (requested ? `${basePath}?${requested}` : basePath)) redirect(canonical)
  return data
}

async function readView(subject: string, view: ReviewListView): Promise<ReaderReviewsPageData> {
  const query = { subject, sort: view.sort, rating: view.rating ?? undefined, limit: READER_REVIEWS_PER_PAGE }
  const read = (page: number) => readReaderReviewPage({ ...query, offset: (page - 1) * READER_REVIEWS_PER_PAGE })
  const [summary, first] = await Promise.all([readAudienceSummary(subject), read(view.page)])
  const pages = pageCount(first.total, READER_REVIEWS_PER_PAGE)
  const page = Math.min(view.page, pages)
  const { reviews, total } = page === view.page ? first : await read(page)
  return { summary, reviews, total, view: { ...view, page }, pageCount: pages }
}

export interface ReaderReviewsPageProps {
  data: ReaderReviewsPageData
  /** This page's path, without the query string. */
  basePath: string
  title: string
  breadcrumbs: Crumb[]
  series: { slug: string; title: string | null; episodeCount: number | null }
  /** On an episode's page: its number. */
  episodeNumber?: number
}

const control = 'min-h-11 rounded border border-rule-strong bg-paper px-3 py-2 text-base text-ink'

function resultsLabel({ total, view, reviews }: ReaderReviewsPageData): string {
  const rated = view.rating === null ? '' : ` rated ${view.rating}`
  if (total === 0) return view.rating === null ? 'No reader reviews yet' : `No reader reviews${rated}`
  const first = (view.page - 1) * READER_REVIEWS_PER_PAGE + 1
  const range = reviews.length < total ? `${first}–${first + reviews.length - 1} of ` : ''
  return `${range}${total} reader ${total === 1 ? 'review' : 'reviews'}${rated}`
}

/**
 * Every reader review of a series or an episode, sorted and filtered through a plain GET form and
 * paged through links, so it all works without JavaScript.
 */
export function ReaderReviewsPage({
  data,
  basePath,
  title,
  breadcrumbs,
  series,
  episodeNumber,
}: ReaderReviewsPageProps) {
  const { summary, reviews, view } = data
  return (
    <PageContainer className="space-y-10 py-8 sm:py-12">
      <div className="space-y-4">
        <Breadcrumbs items={breadcrumbs} />
        <h1 className="text-4xl">{title}</h1>
      </div>

      {series.episodeCount ? (
        <SpoilerShield seriesSlug={series.slug} seriesTitle={series.title} episodeCount={series.episodeCount} />
      ) : null}

      <AudienceScore summary={summary} headingLevel={2} className="max-w-xl" />
      <p>
        <IntentLink href={readerReviewWritePath(series.slug, episodeNumber)} className="font-semibold text-accent">
          Write a review
        </IntentLink>
      </p>

      <section aria-labelledby="reader-review-list" className="space-y-6">
        <form method="get" action={basePath} className="flex flex-wrap items-end gap-4 font-sans">
          <div className="flex flex-col gap-1">
            <label htmlFor="reader-review-sort" className="text-sm text-ink-muted">
              Sort by
            </label>
            <select id="reader-review-sort" name="sort" defaultValue={view.sort} className={control}>
              {REVIEW_SORTS.map((sort) => (
                <option key={sort} value={sort}>
                  {REVIEW_SORT_LABELS[sort]}
                </option>
              ))}
            </select>
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="reader-review-rating" className="text-sm text-ink-muted">
              Rating
            </label>
            <select
              id="reader-review-rating"
              name="rating"
              defaultValue={view.rating === null ? '' : String(view.rating)}
              className={control}
            >
              <option value="">All ratings</option>
              {[...RATINGS].reverse().map((rating) => (
                <option key={rating} value={String(rating)}>
                  {rating} out of 10
                </option>
              ))}
            </select>
          </div>
          <button
            type="submit"
            className={
              'min-h-11 rounded border border-ink px-4 py-2 font-semibold text-ink hover:bg-ink hover:text-paper'
            }
          >
            Show reviews
          </button>
        </form>

        <h2 id="reader-review-list" className="text-2xl">
          {resultsLabel(data)}
        </h2>
        {reviews.length > 0 ? (
          <ReaderReviewList
            reviews={reviews.map((review) => ({ ...review, truncated: false }))}
            seriesSlug={series.slug}
            episodeNumber={episodeNumber}
            episodeCount={series.episodeCount}
            returnPath={reviewListHref(basePath, view)}
          />
        ) : view.rating !== null ? (
          <p>
            <IntentLink href={reviewListHref(basePath, { ...view, rating: null, page: 1 })} className="text-link">
              Show reviews with every rating
            </IntentLink>
          </p>
        ) : null}
        <Pagination
          page={view.page}
          pageCount={data.pageCount}
          pageHref={(page) => reviewListHref(basePath, { ...view, page })}
        />
      </section>
    </PageContainer>
  )
}
