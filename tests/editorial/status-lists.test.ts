/**
 * The "Editorial status" lists: the tool's own GROQ and loader, run through groq-js over the
 * bundled dataset (drafts included, as the Studio's raw client sees them). Where the dataset as
 * shipped leaves a list empty, a copy with one realistic slip shows the list catching it.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { DatasetDocument } from '@/lib/content/dataset-loader'
import { documentFindings, type EditorialCheck } from '@/lib/editorial/status'
import { loadStudioSchema } from '@/sanity/validation/validateDocuments'
import { bundledDocuments, documentById, documentVersions, offlineClient } from './helpers'

let status: typeof import('@/sanity/editorial/statusData')

beforeAll(async () => {
  await loadStudioSchema()
  status = await import('@/sanity/editorial/statusData')
}, 60_000)

// Between the two drafts' last edits (20 and 21 November 2024) plus a week, after every episode aired.
const NOW = new Date('2024-11-28T12:00:00Z')

const SERIES_REVIEW = 'review-love-in-the-big-city-review'
const EPISODE_REVIEW = (n: number) => `review-love-in-the-big-city-episode-${n}`

async function lists(documents: DatasetDocument[], now = NOW) {
  return status.loadEditorialStatus(offlineClient(documents), now)
}

const ids = (rows: { _id: string }[]) => rows.map((row) => row._id)

describe('on the bundled dataset as shipped', () => {
  it('lists the draft untouched for more than a week, and not the one edited since', async () => {
    const { staleDrafts } = await lists(bundledDocuments())
    expect(staleDrafts).toEqual([
      {
        _id: `drafts.${SERIES_REVIEW}`,
        _type: 'review',
        title: expect.any(String),
        _updatedAt: '2024-11-20T11:05:00Z',
      },
    ])
    const later = await lists(bundledDocuments(), new Date('2026-12-01T00:00:00Z'))
    expect(ids(later.staleDrafts)).toEqual([
      `drafts.${SERIES_REVIEW}`,
      'drafts.review-love-in-the-big-city-episode-4-second-opinion',
    ])
  })

  it('lists the people without a photo or birth date, saying which is missing', async () => {
    const { peopleMissingDetails } = await lists(bundledDocuments())
    expect(peopleMissingDetails).toHaveLength(15)
    const byId = new Map(peopleMissingDetails.map((person) => [person._id, person]))
    expect(byId.get('person-lee-soo-kyung')).toMatchObject({
      name: 'Lee Soo-kyung',
      hasPhoto: true,
      hasBirthDate: false,
    })
    expect(byId.get('person-oh-hyun-kyung')).toMatchObject({ hasPhoto: false, hasBirthDate: false })
    // Photo and birth date both there: not listed.
    expect(byId.has('person-nam-yoon-su')).toBe(false)
    expect(byId.has('person-jin-ho-eun')).toBe(false)
    const names = peopleMissingDetails.map((person) => person.name!)
    expect(names).toEqual([...names].sort())
  })

  it('finds every aired episode reviewed, every review scored as it should be, every spoiler marked', async () => {
    const result = await lists(bundledDocuments())
    expect(result.airedEpisodesWithoutReview).toEqual([])
    // The ending explainer has no score, by design: it is not listed.
    expect(result.reviewsWithScoreProblems).toEqual([])
    expect(result.publishedReviewsWithUnmarkedSpoilers).toEqual([])
  })
})

describe('aired episodes with no episode review', () => {
  it('lists an aired episode once its published review is gone, even with a draft review waiting', async () => {
    const documents = bundledDocuments().filter(
      (document) => document._id !== EPISODE_REVIEW(3) && document._id !== EPISODE_REVIEW(4),
    )
    const { airedEpisodesWithoutReview } = await lists(documents)
    expect(airedEpisodesWithoutReview).toEqual([
      expect.objectContaining({
        _id: 'episode-love-in-the-big-city-3',
        number: 3,
        seriesTitle: 'Love in the Big City',
      }),
      expect.objectContaining({ _id: 'episode-love-in-the-big-city-4', number: 4, airDate: '2024-10-21' }),
    ])
  })

  it('waits for the air date', async () => {
    const documents = bundledDocuments().filter((document) => document._id !== EPISODE_REVIEW(3))
    expect((await lists(documents, new Date('2024-10-20T12:00:00Z'))).airedEpisodesWithoutReview).toEqual([])
  })

  it('counts a review covering several episodes for each of them', async () => {
    const documents = bundledDocuments().filter((document) => document._id !== EPISODE_REVIEW(3))
    const second = documentById(documents, EPISODE_REVIEW(2))
    second.lastEpisode = 3
    expect((await lists(documents)).airedEpisodesWithoutReview).toEqual([])
  })
})

describe('reviews without a score or with aspect scores far from it', () => {
  it('lists a scored kind of review with no score', async () => {
    const documents = bundledDocuments()
    delete documentById(documents, EPISODE_REVIEW(5)).score
    const { reviewsWithScoreProblems } = await lists(documents)
    expect(reviewsWithScoreProblems).toEqual([
      expect.objectContaining({ _id: EPISODE_REVIEW(5), kind: 'episode', score: null, aspectAverage: null }),
    ])
  })

  it('checks the version the editor works on: the draft, not the published review behind it', async () => {
    // The series review's aspects average 9.3.
    const draftOff = bundledDocuments()
    documentById(draftOff, `drafts.${SERIES_REVIEW}`).score = 7.5
    expect((await lists(draftOff)).reviewsWithScoreProblems).toEqual([
      expect.objectContaining({ _id: `drafts.${SERIES_REVIEW}`, score: 7.5, aspectAverage: expect.closeTo(9.3, 5) }),
    ])

    const publishedOff = bundledDocuments()
    documentById(publishedOff, SERIES_REVIEW).score = 7.5
    expect((await lists(publishedOff)).reviewsWithScoreProblems).toEqual([])
  })

  it('lets aspects sit up to 1.5 from the overall score', async () => {
    const documents = bundledDocuments()
    documentById(documents, `drafts.${SERIES_REVIEW}`).score = 8
    expect((await lists(documents)).reviewsWithScoreProblems).toEqual([])
  })
})

describe('published reviews whose spoiler blocks name no episode', () => {
  function unmarkSpoilers(document: DatasetDocument) {
    for (const block of document.body as { _type: string; episode?: number }[]) {
      if (block._type === 'spoiler') delete block.episode
    }
  }

  it('lists a published review with an unmarked spoiler block, and counts them', async () => {
    const documents = bundledDocuments()
    unmarkSpoilers(documentById(documents, 'review-love-in-the-big-city-ending-explained'))
    const { publishedReviewsWithUnmarkedSpoilers } = await lists(documents)
    expect(publishedReviewsWithUnmarkedSpoilers).toEqual([
      expect.objectContaining({ _id: 'review-love-in-the-big-city-ending-explained', unmarked: 4 }),
    ])
  })

  it('leaves drafts to the Studio’s own validation, which refuses to publish them', async () => {
    const documents = bundledDocuments()
    unmarkSpoilers(documentById(documents, `drafts.${SERIES_REVIEW}`))
    expect((await lists(documents)).publishedReviewsWithUnmarkedSpoilers).toEqual([])
  })
})

describe('the badges’ per-document checks', () => {
  // Each list, and the check behind the badge that flags the same documents one at a time.
  const listOf: Record<
    EditorialCheck,
    'reviewsWithScoreProblems' | 'publishedReviewsWithUnmarkedSpoilers' | 'staleDrafts' | 'peopleMissingDetails'
  > = {
    'review-score': 'reviewsWithScoreProblems',
    'spoiler-episode': 'publishedReviewsWithUnmarkedSpoilers',
    'stale-draft': 'staleDrafts',
    'person-details': 'peopleMissingDetails',
  }

  function slipped(): DatasetDocument[] {
    const documents = bundledDocuments()
    delete documentById(documents, EPISODE_REVIEW(5)).score
    documentById(documents, `drafts.${SERIES_REVIEW}`).score = 7.5
    const spoiler = (documentById(documents, EPISODE_REVIEW(2)).body as { _type: string; episode?: number }[]).find(
      (block) => block._type === 'spoiler',
    )!
    delete spoiler.episode
    return documents
  }

  it.each([
    ['as shipped', bundledDocuments],
    ['with slips', slipped],
  ])('flag exactly the documents the lists show (%s)', async (_, documents) => {
    const result = await lists(documents())
    for (const [check, list] of Object.entries(listOf) as [EditorialCheck, keyof typeof result][]) {
      const flagged = documentVersions(documents())
        .filter((versions) => documentFindings(versions, NOW).some((finding) => finding.check === check))
        .map(({ draft, published }) =>
          // The list shows the version the check read: the draft, except for spoilers (the published review).
          check === 'spoiler-episode' ? published!._id : (draft ?? published)!._id,
        )
      expect(flagged.sort(), check).toEqual(ids(result[list]).sort())
    }
    expect(result.reviewsWithScoreProblems.length + result.publishedReviewsWithUnmarkedSpoilers.length).toBe(
      documents === bundledDocuments ? 0 : 3,
    )
  })
})
