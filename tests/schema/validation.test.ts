import type { SanityDocument } from 'sanity'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  loadStudioSchema,
  validateDocuments,
  type DocumentValidationMarker,
} from '@/sanity/validation/validateDocuments'
import { catalogue, withDocument } from './fixtures'

// Every rule runs through Sanity's own validateDocument with the Studio schema (via the offline
// harness), so these tests exercise the rules editors meet, not copies of them.

beforeAll(async () => {
  await loadStudioSchema()
}, 60_000)

async function problemsOf(documents: SanityDocument[], id: string): Promise<DocumentValidationMarker[]> {
  const markers = await validateDocuments(documents)
  return markers.filter((marker) => marker.documentId === id)
}

async function errorsOf(documents: SanityDocument[], id: string) {
  return (await problemsOf(documents, id)).filter((marker) => marker.level === 'error')
}

function expectOneError(errors: DocumentValidationMarker[], path: string, message: RegExp) {
  expect(errors).toHaveLength(1)
  expect(errors[0]).toMatchObject({ path, level: 'error' })
  expect(errors[0].message).toMatch(message)
}

describe('the valid catalogue', () => {
  it('passes every rule with no errors or warnings', async () => {
    expect(await validateDocuments(catalogue())).toEqual([])
  })
})

describe('required fields', () => {
  it('asks for a series title in plain words', async () => {
    const errors = await errorsOf(
      withDocument('series-city', (series) => delete series.title),
      'series-city',
    )
    expectOneError(errors, 'title', /Give the series its title/)
  })

  it('asks which series an episode belongs to', async () => {
    const errors = await errorsOf(
      withDocument('episode-city-2', (episode) => delete episode.series),
      'episode-city-2',
    )
    expectOneError(errors, 'series', /Which series is this episode part of/)
  })

  it('asks for a review byline and spoiler level', async () => {
    const documents = withDocument('review-first', (review) => {
      delete review.critic
      delete review.spoilerLevel
    })
    const errors = await errorsOf(documents, 'review-first')
    expect(errors.map((error) => error.path).sort()).toEqual(['critic', 'spoilerLevel'])
  })

  it('asks for a character billing from the list', async () => {
    const errors = await errorsOf(
      withDocument('character-lead', (character) => (character.billing = 'cameo')),
      'character-lead',
    )
    expectOneError(errors, 'billing', /lead, main, supporting or guest/)
  })

  it('accepts a cast member whose role is not announced: an actor, no character name, no billing', async () => {
    const documents = withDocument('character-lead', (character) => {
      delete character.name
      delete character.billing
    })
    expect(await problemsOf(documents, 'character-lead')).toEqual([])
  })

  it('asks for the character’s name or the actor, and for a named role’s billing', async () => {
    const nobody = withDocument('character-lead', (character) => {
      delete character.name
      delete character.playedBy
    })
    expectOneError(await errorsOf(nobody, 'character-lead'), 'name', /character’s name .* or, if the role is not/)
    const unbilled = withDocument('character-lead', (character) => delete character.billing)
    expectOneError(await errorsOf(unbilled, 'character-lead'), 'billing', /lead, main, supporting or guest/)
  })

  it('reports a reference to a document that does not exist', async () => {
    const errors = await errorsOf(
      withDocument('review-first', (review) => (review.critic._ref = 'critic-nobody')),
      'review-first',
    )
    expect(errors).toHaveLength(1)
    expect(errors[0].path).toBe('critic')
  })
})

describe('unique slugs per type', () => {
  it('rejects a second series with the same slug and names the other one', async () => {
    const documents = withDocument('series-other', (series) => (series.slug.current = 'city-hearts'))
    const errors = await errorsOf(documents, 'series-other')
    expectOneError(errors, 'slug', /"city-hearts" is already used by another series, "City Hearts"/)
  })

  it('allows the same slug on documents of different types', async () => {
    const documents = withDocument('critic-ana', (critic) => (critic.slug.current = 'city-hearts'))
    expect(await errorsOf(documents, 'critic-ana')).toEqual([])
  })

  it('does not count a draft of the same document as a clash', async () => {
    const documents = catalogue()
    const published = documents.find((document) => document._id === 'person-actor')!
    documents.push({ ...structuredClone(published), _id: 'drafts.person-actor', name: 'Kim Min-jun (edited)' })
    expect(await errorsOf(documents, 'drafts.person-actor')).toEqual([])
  })

  it('rejects a slug that is not lowercase words and hyphens', async () => {
    const errors = await errorsOf(
      withDocument('critic-ana', (critic) => (critic.slug.current = 'Ana Park')),
      'critic-ana',
    )
    expectOneError(errors, 'slug', /lowercase letters, digits and single hyphens/)
  })
})

describe('the slug "page" beside a paged list', () => {
  it.each([
    ['review-series', '/reviews'],
    ['person-actor', '/people'],
    ['series-other', '/series'],
    ['article-trailer', '/news'],
  ])('is refused for %s, whose page sits beside the pages of %s', async (id, list) => {
    const errors = await errorsOf(
      withDocument(id, (document) => (document.slug.current = 'page')),
      id,
    )
    expectOneError(errors, 'slug', new RegExp(`"page" is reserved: addresses starting ${list}/page/`))
  })

  it('stays free for critics, which have no paged list', async () => {
    expect(
      await errorsOf(
        withDocument('critic-ana', (critic) => (critic.slug.current = 'page')),
        'critic-ana',
      ),
    ).toEqual([])
  })

  it('allows slugs that only contain the word', async () => {
    expect(
      await errorsOf(
        withDocument('review-series', (review) => (review.slug.current = 'page-turner')),
        'review-series',
      ),
    ).toEqual([])
  })
})

describe('scores: 0 to 10 in steps of 0.1', () => {
  it('rejects an overall score above 10', async () => {
    const errors = await errorsOf(
      withDocument('review-series', (review) => (review.score = 10.5)),
      'review-series',
    )
    expectOneError(errors, 'score', /Scores run from 0 to 10/)
  })

  it('rejects a score with two decimals', async () => {
    const errors = await errorsOf(
      withDocument('review-series', (review) => (review.score = 9.35)),
      'review-series',
    )
    expectOneError(errors, 'score', /at most one decimal place/)
  })

  it('accepts the bounds 0 and 10', async () => {
    const documents = withDocument('review-series', (review) => {
      review.score = 10
      review.aspects[0].score = 0
    })
    expect(await errorsOf(documents, 'review-series')).toEqual([])
  })

  it('checks aspect scores and inline score callouts with the same rule', async () => {
    const documents = withDocument('review-series', (review) => {
      review.aspects[1].score = -1
      review.body[1].children[2].score = 9.99
    })
    const errors = await errorsOf(documents, 'review-series')
    expect(errors.map((error) => error.path).sort()).toEqual([
      'aspects[_key=="a2"].score',
      'body[_key=="b2"].children[_key=="b2-c"].score',
    ])
  })

  it('requires an overall score except on an ending explainer', async () => {
    const missingOnSeriesReview = withDocument('review-series', (review) => delete review.score)
    expectOneError(await errorsOf(missingOnSeriesReview, 'review-series'), 'score', /overall score from 0 to 10/)
    // review-ending has no score in the valid catalogue
    expect(await errorsOf(catalogue(), 'review-ending')).toEqual([])
  })
})

describe('episode numbers', () => {
  it('rejects a number already used in the same series, naming the episode', async () => {
    const errors = await errorsOf(
      withDocument('episode-city-2', (episode) => (episode.number = 1)),
      'episode-city-2',
    )
    expectOneError(errors, 'number', /Episode 1 of this series already exists \("Beginnings"\)/)
  })

  it('allows the same number in another series', async () => {
    expect(await errorsOf(catalogue(), 'episode-other-1')).toEqual([])
  })

  it('rejects a number above the series episode count', async () => {
    const errors = await errorsOf(
      withDocument('episode-city-2', (episode) => (episode.number = 9)),
      'episode-city-2',
    )
    expectOneError(errors, 'number', /"City Hearts" has 8 episodes, so the number must be between 1 and 8/)
  })

  it('follows the episode count in the series draft the editor is changing', async () => {
    const documents = withDocument('episode-city-2', (episode) => (episode.number = 9))
    const series = documents.find((document) => document._id === 'series-city')!
    documents.push({ ...structuredClone(series), _id: 'drafts.series-city', episodeCount: 10 })
    expect(await errorsOf(documents, 'episode-city-2')).toEqual([])
  })

  it('rejects episode 0 and fractions', async () => {
    expectOneError(
      await errorsOf(
        withDocument('episode-city-2', (episode) => (episode.number = 0)),
        'episode-city-2',
      ),
      'number',
      /starts at 1/,
    )
    expectOneError(
      await errorsOf(
        withDocument('episode-city-2', (episode) => (episode.number = 2.5)),
        'episode-city-2',
      ),
      'number',
      /whole number/,
    )
  })
})

describe('episodes a review covers', () => {
  it('rejects a range that runs past the end of the series', async () => {
    const documents = withDocument('review-first', (review) => (review.lastEpisode = 9))
    expectOneError(
      await errorsOf(documents, 'review-first'),
      'lastEpisode',
      /has 8 episodes, so episode 9 does not exist/,
    )
  })

  it('rejects first impressions that cover every episode', async () => {
    const documents = withDocument('review-first', (review) => (review.lastEpisode = 8))
    expectOneError(
      await errorsOf(documents, 'review-first'),
      'lastEpisode',
      /First impressions cover part of a series, but this covers all 8 episodes/,
    )
  })

  it('accepts first impressions that stop before the end', async () => {
    const documents = withDocument('review-first', (review) => (review.lastEpisode = 7))
    expect(await errorsOf(documents, 'review-first')).toEqual([])
  })

  it('holds an episode review to exactly one episode', async () => {
    const documents = withDocument('review-episode', (review) => (review.lastEpisode = 3))
    expectOneError(
      await errorsOf(documents, 'review-episode'),
      'lastEpisode',
      /covers one episode, so the last episode must equal the first \(2\)/,
    )
  })

  it('rejects a range that runs backwards', async () => {
    const documents = withDocument('review-first', (review) => {
      review.firstEpisode = 2
      review.lastEpisode = 1
    })
    expectOneError(await errorsOf(documents, 'review-first'), 'lastEpisode', /comes before the first/)
  })

  it('requires the range unless the review covers the whole series', async () => {
    const documents = withDocument('review-episode', (review) => {
      delete review.firstEpisode
      delete review.lastEpisode
    })
    const errors = await errorsOf(documents, 'review-episode')
    expect(errors.map((error) => error.path).sort()).toEqual(['firstEpisode', 'lastEpisode'])
    // review-series has no range in the valid catalogue
    expect(await errorsOf(catalogue(), 'review-series')).toEqual([])
  })
})

describe('arcs', () => {
  it('rejects overlapping arcs and marks the later one', async () => {
    const documents = withDocument('series-city', (series) => (series.arcs[1].firstEpisode = 2))
    expectOneError(
      await errorsOf(documents, 'series-city'),
      'arcs[_key=="arc2"]',
      /"The stranger" \(episodes 2–4\) overlaps "The classmate" \(episodes 1–2\)/,
    )
  })

  it('accepts arcs that meet without overlapping', async () => {
    const documents = withDocument('series-city', (series) => {
      series.arcs[0].lastEpisode = 2
      series.arcs[1].firstEpisode = 3
    })
    expect(await errorsOf(documents, 'series-city')).toEqual([])
  })

  it('rejects an arc past the last episode or running backwards', async () => {
    const pastTheEnd = withDocument('series-city', (series) => (series.arcs[1].lastEpisode = 9))
    expectOneError(
      await errorsOf(pastTheEnd, 'series-city'),
      'arcs[_key=="arc2"]',
      /runs to episode 9, but the series has 8 episodes/,
    )
    const backwards = withDocument('series-city', (series) => {
      series.arcs[1].firstEpisode = 4
      series.arcs[1].lastEpisode = 3
    })
    expectOneError(
      await errorsOf(backwards, 'series-city'),
      'arcs[_key=="arc2"]',
      /ends \(episode 3\) before it starts \(episode 4\)/,
    )
  })
})

describe('aspect names', () => {
  it('rejects the same aspect twice, ignoring case and spaces', async () => {
    const documents = withDocument('review-series', (review) => (review.aspects[1].aspect = ' story '))
    expectOneError(await errorsOf(documents, 'review-series'), 'aspects[_key=="a2"]', /"story" is scored twice/)
  })
})

describe('dates in order', () => {
  it('rejects a finale before the premiere', async () => {
    const documents = withDocument('series-city', (series) => (series.finaleDate = '2024-10-20'))
    expectOneError(
      await errorsOf(documents, 'series-city'),
      'finaleDate',
      /finale can't air before the premiere \(2024-10-21\)/,
    )
  })

  it('rejects a review update dated before publication', async () => {
    const documents = withDocument('review-series', (review) => (review.updatedAt = '2024-10-31T23:00:00Z'))
    expectOneError(
      await errorsOf(documents, 'review-series'),
      'updatedAt',
      /can't come before the review was published \(2024-11-01\)/,
    )
  })
})

describe('alternative text on every image', () => {
  it('requires alt text on a poster, a photo and an image in the body', async () => {
    const poster = withDocument('series-city', (series) => delete series.poster.alt)
    expectOneError(await errorsOf(poster, 'series-city'), 'poster.alt', /readers who cannot see it/)

    const photo = withDocument('person-actor', (person) => (person.photo.alt = ''))
    expect((await errorsOf(photo, 'person-actor')).map((error) => error.path)).toEqual(['photo.alt'])

    const body = withDocument('review-series', (review) => delete review.body[4].alt)
    expectOneError(await errorsOf(body, 'review-series'), 'body[_key=="img1"].alt', /readers who cannot see it/)
  })
})

describe('links', () => {
  it('rejects a javascript: link in body text', async () => {
    const documents = withDocument(
      'review-series',
      (review) => (review.body[0].markDefs[0].href = 'javascript:alert(1)'),
    )
    expectOneError(
      await errorsOf(documents, 'review-series'),
      'body[_key=="b1"].markDefs[_key=="m1"].href',
      /would be removed from the page/,
    )
  })

  it('accepts mailto in body text but not in a series link list', async () => {
    expect(await errorsOf(catalogue(), 'review-series')).toEqual([])
    const documents = withDocument(
      'series-city',
      (series) => (series.externalLinks[0].url = 'mailto:press@studio.example'),
    )
    expectOneError(
      await errorsOf(documents, 'series-city'),
      'externalLinks[_key=="l1"].url',
      /starting with https:\/\/ or http:\/\//,
    )
  })

  it('accepts a site path in navigation but not a protocol-relative address', async () => {
    const documents = withDocument('siteSettings', (settings) => (settings.navigation[0].href = '//evil.example'))
    expectOneError(
      await errorsOf(documents, 'siteSettings'),
      'navigation[_key=="n1"].href',
      /a path on this site such as \/reviews/,
    )
  })

  it('holds a news video to an https address and asks what the video is', async () => {
    const insecure = withDocument('article-trailer', (article) => (article.video.url = 'http://vimeo.com/1'))
    expectOneError(await errorsOf(insecure, 'article-trailer'), 'video.url', /starting with https:\/\/, with no/)
    const untitled = withDocument('article-trailer', (article) => delete article.video.title)
    expectOneError(await errorsOf(untitled, 'article-trailer'), 'video.title', /Say what the video is/)
    const noPicture = withDocument('article-trailer', (article) => delete article.heroImage)
    expect(await problemsOf(noPicture, 'article-trailer')).toMatchObject([
      { path: 'video', level: 'warning', message: expect.stringMatching(/readers open the video through it/) },
    ])
  })
})

describe('spoiler blocks', () => {
  it('must say which episode they spoil', async () => {
    const documents = withDocument('review-series', (review) => delete review.body[2].episode)
    expectOneError(
      await errorsOf(documents, 'review-series'),
      'body[_key=="sp1"].episode',
      /Which episode does this spoil/,
    )
  })
})

describe('content notes', () => {
  it('only accept topics from the list', async () => {
    const documents = withDocument('episode-city-1', (episode) => (episode.contentNotes[0].topic = 'spoilers'))
    expectOneError(await errorsOf(documents, 'episode-city-1'), 'contentNotes[_key=="n1"].topic', /Choose the topic/)
  })
})

describe('offline checks of a whole dataset', () => {
  it('warns about a field the schema does not know, such as a typo', async () => {
    const documents = withDocument('series-city', (series) => (series.episodeCuont = 8))
    const markers = await problemsOf(documents, 'series-city')
    expect(markers).toEqual([
      expect.objectContaining({
        level: 'warning',
        path: 'episodeCuont',
        message: "Field 'episodeCuont' does not exist on type 'series'",
      }),
    ])
  })
})

describe('"reveals up to episode" markers', () => {
  const warningsOf = async (documents: SanityDocument[], id: string) =>
    (await problemsOf(documents, id)).filter((marker) => marker.level === 'warning')
  const long =
    'A long description that follows the character past the first episode, into a secret the later chapters reveal.'
  const stillAiring = (documents: SanityDocument[]) => {
    const series = documents.find((document) => document._id === 'series-city') as EditableSeries
    delete series.finaleDate
    return documents
  }
  type EditableSeries = SanityDocument & { finaleDate?: string }

  it('accept an episode of the series on every marked field', async () => {
    const documents = catalogue()
    const review = documents.find((document) => document._id === 'review-series')! as Record<string, unknown> &
      SanityDocument
    Object.assign(review, { titleRevealsUpTo: 1, verdictRevealsUpTo: 8, spoilerFreeVerdict: 'Warm.' })
    ;(review.aspects as Record<string, unknown>[])[0].revealsUpToEpisode = 8
    ;(review.pros as Record<string, unknown>[])[0].revealsUpToEpisode = 2
    expect(await problemsOf(documents, 'review-series')).toEqual([])
  })

  it('reject an episode past the end of the series, naming how many it has', async () => {
    const documents = withDocument('character-lead', (character) => (character.descriptionRevealsUpTo = 9))
    expectOneError(
      await errorsOf(documents, 'character-lead'),
      'descriptionRevealsUpTo',
      /"City Hearts" has 8 episodes, so text can reveal up to episode 8 at most/,
    )
  })

  it('check markers inside aspect scores and pros against the review’s series', async () => {
    const documents = withDocument('review-series', (review) => {
      review.aspects[1].revealsUpToEpisode = 12
      review.cons[0].revealsUpToEpisode = 0
    })
    const errors = await errorsOf(documents, 'review-series')
    expect(errors.map((error) => error.path).sort()).toEqual([
      'aspects[_key=="a2"].revealsUpToEpisode',
      'cons[_key=="con1"].revealsUpToEpisode',
    ])
    expect(errors.find((error) => error.path.startsWith('cons'))!.message).toMatch(/starts at 1/)
  })

  it('reject a fraction of an episode', async () => {
    const documents = withDocument('review-first', (review) => (review.titleRevealsUpTo = 1.5))
    expectOneError(await errorsOf(documents, 'review-first'), 'titleRevealsUpTo', /whole number/)
  })

  it('need a series to count episodes against', async () => {
    const documents = withDocument('article-trailer', (article) => {
      delete article.series
      article.revealsUpToEpisode = 2
    })
    expectOneError(await errorsOf(documents, 'article-trailer'), 'revealsUpToEpisode', /Choose the series first/)
  })

  it('are advised for long unmarked text on a series still airing', async () => {
    const documents = stillAiring(withDocument('character-lead', (character) => (character.description = long)))
    const warnings = await warningsOf(documents, 'character-lead')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatchObject({ path: 'description' })
    expect(warnings[0].message).toMatch(
      /"City Hearts" is still airing\. If this description gives away any plot, set "Reveals up to episode"/,
    )
  })

  it('are not asked for once the text is marked, short, or the series has ended', async () => {
    const marked = stillAiring(
      withDocument('character-lead', (character) =>
        Object.assign(character, { description: long, descriptionRevealsUpTo: 3 }),
      ),
    )
    expect(await warningsOf(marked, 'character-lead')).toEqual([])
    const short = stillAiring(
      withDocument('character-lead', (character) => (character.description = 'A student who writes at night.')),
    )
    expect(await warningsOf(short, 'character-lead')).toEqual([])
    const ended = withDocument('character-lead', (character) => (character.description = long))
    expect(await warningsOf(ended, 'character-lead')).toEqual([])
  })

  it('count the default of the review’s kind as a marker', async () => {
    const verdict = `${long} And the verdict goes on.`
    const episodeReview = stillAiring(withDocument('review-episode', (review) => (review.verdict = verdict)))
    expect(await warningsOf(episodeReview, 'review-episode')).toEqual([])
    const seriesReview = stillAiring(
      withDocument('review-series', (review) => (review.verdict = verdict.slice(0, 290))),
    )
    expect((await warningsOf(seriesReview, 'review-series')).map((warning) => warning.path)).toEqual(['verdict'])
  })

  it('are advised for long aspect verdicts and news excerpts too', async () => {
    const documents = stillAiring(
      withDocument(
        'review-series',
        (review) =>
          (review.aspects[0].verdict =
            'Sad by design: the finale withholds the reunion everyone expects, and it is the better for it.'),
      ),
    )
    expect((await warningsOf(documents, 'review-series')).map((warning) => warning.path)).toEqual([
      'aspects[_key=="a1"].verdict',
    ])
    const article = stillAiring(withDocument('article-trailer', (item) => (item.excerpt = long)))
    expect((await warningsOf(article, 'article-trailer')).map((warning) => warning.path)).toEqual(['excerpt'])
  })
})
