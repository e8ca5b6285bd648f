/**
 * "Documents with a validation warning": the Studio's own rules (Sanity's validateDocument with the
 * real schema) over the bundled dataset, in the version each document's editor works on.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { DatasetDocument } from '@/lib/content/dataset-loader'
import { loadStudioSchema } from '@/sanity/validation/validateDocuments'
import { bundledDocuments, documentById, offlineClient, offlineWorkspace } from './helpers'

let status: typeof import('@/sanity/editorial/statusData')

beforeAll(async () => {
  await loadStudioSchema()
  status = await import('@/sanity/editorial/statusData')
}, 60_000)

async function problems(documents: DatasetDocument[]) {
  return status.findValidationProblems(offlineClient(documents), await offlineWorkspace(documents))
}

const LONG_VERDICT = 'A one-line verdict that forgot to stop, '.repeat(5)

describe('documents with validation errors or warnings', () => {
  it('finds none in the bundled dataset as shipped', { timeout: 60_000 }, async () => {
    expect(await problems(bundledDocuments())).toEqual([])
  })

  it(
    'lists warnings and errors, errors first, with the field and the rule’s own message',
    { timeout: 60_000 },
    async () => {
      const documents = bundledDocuments()
      const aspects = documentById(documents, 'drafts.review-love-in-the-big-city-review').aspects as {
        verdict: string
      }[]
      aspects[0].verdict = LONG_VERDICT
      delete documentById(documents, 'episode-love-in-the-big-city-6').title
      expect(await problems(documents)).toEqual([
        {
          _id: 'episode-love-in-the-big-city-6',
          _type: 'episode',
          title: 'episode-love-in-the-big-city-6',
          level: 'error',
          message: 'title: Give the episode a title.',
          count: 1,
        },
        {
          _id: 'drafts.review-love-in-the-big-city-review',
          _type: 'review',
          title: 'Love in the Big City review: a sentimental education in four loves',
          level: 'warning',
          message: expect.stringMatching(
            /^aspects\[_key=="\w+"\]\.verdict: Keep the verdict to one line \(140 characters\)\.$/,
          ),
          count: 1,
        },
      ])
    },
  )

  it('validates the draft an editor works on, not the published document behind it', { timeout: 60_000 }, async () => {
    const documents = bundledDocuments()
    const aspects = documentById(documents, 'review-love-in-the-big-city-review').aspects as { verdict: string }[]
    aspects[0].verdict = LONG_VERDICT
    expect(await problems(documents)).toEqual([])
  })

  it(
    'counts a reference to a document that is only a draft as missing, as publishing would',
    { timeout: 60_000 },
    async () => {
      const documents = bundledDocuments()
      const review = documentById(documents, 'review-love-in-the-big-city-episode-7')
      const critic = documentById(documents, 'critic-mara-seo')
      documents.push({ ...critic, _id: 'drafts.critic-new', slug: { _type: 'slug', current: 'new' } })
      review.critic = { _type: 'reference', _ref: 'critic-new' }
      const [problem] = await problems(documents)
      expect(problem).toMatchObject({ _id: review._id, level: 'error', message: expect.stringMatching(/^critic: /) })
    },
  )
})
