/**
 * Stega on the Content Lake: a draft-mode read hides each shown string's source (document id and
 * field path) for Presentation's overlays; a published read carries none, and neither do the values
 * the site computes with or the metadata, JSON-LD and links built from a draft read. The Content
 * Lake is the local stub, answering real GROQ on the bundled dataset with a Content Source Map.
 */
import path from 'node:path'
import { vercelStegaDecode, vercelStegaSplit } from '@vercel/stega'
import type { ObjectSchemaType, Schema } from 'sanity'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { type AppEnv, readEnv } from '@/lib/env/schema'
import { REVIEW_PAGE_QUERY } from '@/lib/content/queries'
import { hrefForDocument } from '@/lib/routes'
import { reviewPageJsonLd, reviewPageMetadata } from '@/lib/seo'
import { loadStudioSchema } from '@/sanity/validation/validateDocuments'
import { type ContentLakeStub, startContentLakeStub } from '../load/content-lake-stub'
import { reviewEmbed } from '@/lib/embeds/review-embed'

const state = vi.hoisted(() => ({ env: undefined as AppEnv | undefined }))

vi.mock('next/headers', () => ({ draftMode: async () => ({ isEnabled: false }) }))
vi.mock('next/cache', () => ({
  unstable_cache:
    <A extends unknown[], R>(read: (...args: A) => Promise<R>) =>
    (...args: A) =>
      read(...args),
}))
vi.mock('@/lib/env/server', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/env/server')>()
  return {
    ...actual,
    get env() {
      return state.env
    },
  }
})

const DATASET = path.resolve('sanity/seed/dataset.ndjson')
const REVIEW_SLUG = 'love-in-the-big-city-review'
const REVIEW_ID = 'review-love-in-the-big-city-review'
const STEGA_RUN = /[\u200b\u200c\u200d\u2060-\u2064\ufeff]{4,}|[\u{1d173}-\u{1d17a}]{4,}/u

let stub: ContentLakeStub
let contentFetch: typeof import('@/lib/content/fetch').contentFetch

beforeAll(async () => {
  stub = await startContentLakeStub({ port: 0, file: DATASET, dataset: 'production' })
  state.env = readEnv({
    NEXT_PUBLIC_SANITY_PROJECT_ID: 'stubproject',
    NEXT_PUBLIC_SANITY_DATASET: 'production',
    SANITY_API_HOST: stub.origin,
    SANITY_API_READ_TOKEN: 'sk-viewer-token-for-tests',
    BUNDLED_DATASET_FILE: DATASET,
  })
  vi.resetModules()
  ;({ contentFetch } = await import('@/lib/content/fetch'))
})
afterAll(() => stub.stop())
beforeEach(() => {
  stub.requests.length = 0
})

/** Where a stega mark points: the Studio document and field, read from its edit URL. */
function sourceOf(value: string | null | undefined) {
  const mark = vercelStegaDecode<{ origin: string; href: string }>(value ?? '')
  if (!mark) return null
  const href = new URL(mark.href, 'http://site')
  return {
    origin: mark.origin,
    studio: href.pathname.split('/intent/')[0],
    id: href.searchParams.get('id'),
    type: href.searchParams.get('type'),
    path: href.searchParams.get('path'),
    perspective: href.searchParams.get('perspective'),
  }
}

/** Every string in a JSON-like value that carries a stega mark, with where it sits. */
function markedStrings(value: unknown, at = '$'): string[] {
  if (typeof value === 'string') return STEGA_RUN.test(value) ? [`${at}: ${JSON.stringify(value)}`] : []
  if (Array.isArray(value)) return value.flatMap((item, index) => markedStrings(item, `${at}[${index}]`))
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => markedStrings(item, `${at}.${key}`))
  return []
}

const readReview = (perspective: 'drafts' | 'published') =>
  contentFetch({ query: REVIEW_PAGE_QUERY, params: { slug: REVIEW_SLUG }, perspective })

describe('a draft-mode read', () => {
  it('asks the API for the source map and marks shown text with its document and field', async () => {
    const review = (await readReview('drafts'))!
    expect(stub.requests.map((request) => [request.perspective, request.resultSourceMap])).toEqual([
      ['drafts', 'withKeyArraySelector'],
    ])

    expect(vercelStegaSplit(review.title!).cleaned).toBe(
      'Love in the Big City review: a sentimental education in four loves',
    )
    // The draft's edit link: the published id, no `perspective=published`, in the embedded Studio.
    expect(sourceOf(review.title)).toEqual({
      origin: 'sanity.io',
      studio: '/studio',
      id: REVIEW_ID,
      type: 'review',
      path: 'title',
      perspective: null,
    })
    const acting = review.aspects!.find((aspect) => aspect._key === '0593bbe2ac62')!
    expect(sourceOf(acting.verdict)?.path).toBe('aspects[_key=="0593bbe2ac62"].verdict')
    expect(sourceOf(review.critic?.name)).toMatchObject({ id: 'critic-mara-seo', type: 'critic', path: 'name' })

    const firstBlock = review.body!.find((block) => block._type === 'block')!
    const span = (firstBlock as { _key: string; children: { _key: string; text: string }[] }).children[0]
    expect(sourceOf(span.text)).toMatchObject({
      id: REVIEW_ID,
      path: `body[_key=="${firstBlock._key}"].children[_key=="${span._key}"].text`,
    })
  })

  it('leaves ids, slugs, dates and the values the site branches on clean', async () => {
    const review = (await readReview('drafts'))!
    const computedWith = {
      _id: review._id,
      kind: review.kind,
      slug: review.slug,
      spoilerLevel: review.spoilerLevel,
      publishedAt: review.publishedAt,
      updatedAt: review.updatedAt,
      seriesSlug: review.series?.slug,
      criticSlug: review.critic?.slug,
      aspectKeys: review.aspects?.map((aspect) => aspect._key),
      relatedSlugs: review.related.map((related) => related.slug),
    }
    expect(markedStrings(computedWith)).toEqual([])
    expect(review.kind).toBe('series')
    expect(review.slug).toBe(REVIEW_SLUG)
  })

  it('gives metadata, JSON-LD and links clean text', async () => {
    const review = (await readReview('drafts'))!
    // The read is marked, so a clean result below is the boundary's doing.
    expect(markedStrings(review).length).toBeGreaterThan(20)
    expect(markedStrings(reviewPageMetadata(review))).toEqual([])
    expect(markedStrings(reviewPageJsonLd(review, { commentCount: 2 }))).toEqual([])
    // The embed snippets on the page are pasted into other sites.
    expect(markedStrings(reviewEmbed(review, 'Cold Open'))).toEqual([])
    const hrefs = [
      hrefForDocument({ _type: 'review', slug: review.slug }),
      hrefForDocument({ _type: 'critic', slug: review.critic?.slug }),
      hrefForDocument({ _type: 'series', slug: review.series?.slug }),
      ...review.related.map((related) => hrefForDocument({ _type: 'review', slug: related.slug })),
    ]
    expect(hrefs.every((href) => typeof href === 'string' && href.startsWith('/'))).toBe(true)
    expect(markedStrings(hrefs)).toEqual([])
  })
})

describe('a published read', () => {
  it('asks for no source map and carries no stega anywhere', async () => {
    const review = await readReview('published')
    expect(stub.requests.map((request) => [request.perspective, request.resultSourceMap])).toEqual([
      ['published', null],
    ])
    expect(review?.title).toBe('Love in the Big City review: a sentimental education in four loves')
    expect(markedStrings(review)).toEqual([])
  })
})

describe('the fields stega leaves alone', () => {
  let schema: Schema
  beforeAll(async () => {
    ;({ schema } = await loadStudioSchema())
  }, 60_000)

  it('include every string field whose value is one of a fixed list', async () => {
    const { STEGA_SKIPPED_FIELDS } = await import('@/lib/content/stega')
    const listed = new Set<string>()
    for (const name of schema.getTypeNames()) {
      const type = schema.get(name) as ObjectSchemaType | undefined
      for (const field of type?.jsonType === 'object' ? (type.fields ?? []) : []) {
        const options = field.type.options as { list?: unknown[] } | undefined
        const ofStrings =
          field.type.jsonType === 'string' ||
          (field.type.jsonType === 'array' && 'of' in field.type && field.type.of.every((t) => t.jsonType === 'string'))
        if (ofStrings && options?.list?.length) listed.add(field.name)
      }
    }
    expect(listed.size).toBeGreaterThan(3)
    expect([...listed].filter((field) => !STEGA_SKIPPED_FIELDS.has(field))).toEqual([])
  })
})
