import { describe, expect, it } from 'vitest'
import { pathAfterDraftMode } from '@/lib/content/exit-draft-mode'

// On the bundled dataset: the episode 4 second opinion is a draft that was never published.
describe('leaving draft mode', () => {
  it('stays on a page readers can see', async () => {
    for (const path of [
      '/reviews/love-in-the-big-city-review',
      '/series/love-in-the-big-city',
      '/series/love-in-the-big-city/episodes/4',
      '/series/love-in-the-big-city/cast',
      '/series/love-in-the-big-city/episodes',
      '/series/love-in-the-big-city/reviews',
      '/people/nam-yoon-su',
      '/reviews',
      '/',
      '/search?q=nam',
    ]) {
      expect(await pathAfterDraftMode(path), path).toBe(path)
    }
  })

  it("goes to the list when the page's document was never published", async () => {
    expect(await pathAfterDraftMode('/reviews/love-in-the-big-city-episode-4-second-opinion')).toBe('/reviews')
    expect(await pathAfterDraftMode('/people/no-such-person')).toBe('/people')
    expect(await pathAfterDraftMode('/news/no-such-article')).toBe('/news')
    for (const section of ['cast', 'episodes', 'reviews'])
      expect(await pathAfterDraftMode(`/series/no-such-series/${section}`)).toBe('/series')
  })

  it('goes to the series when the episode was never published, and survives a broken slug', async () => {
    expect(await pathAfterDraftMode('/series/love-in-the-big-city/episodes/40')).toBe('/series/love-in-the-big-city')
    expect(await pathAfterDraftMode('/series/no-such-series/episodes/1')).toBe('/series')
    expect(await pathAfterDraftMode('/reviews/%E0%A4%A')).toBe('/reviews/%E0%A4%A')
  })
})
