import type { SanityDocument } from 'sanity'

/**
 * A small, valid catalogue: one series with two episodes, its people, a critic, reviews, a
 * character, a news item and the settings. Each test copies it, breaks one thing and checks that
 * the Studio's rule reports exactly that.
 */

type Draft = Record<string, unknown> & { _id: string; _type: string }

function document(fields: Draft): SanityDocument {
  return { _createdAt: '2025-01-01T00:00:00Z', _updatedAt: '2025-01-01T00:00:00Z', _rev: 'fixture', ...fields }
}

const ref = (id: string, key?: string) => ({ _type: 'reference', _ref: id, ...(key ? { _key: key } : {}) })

const paragraph = (key: string, text: string, extra: Record<string, unknown> = {}) => ({
  _type: 'block',
  _key: key,
  style: 'normal',
  markDefs: [],
  children: [{ _type: 'span', _key: `${key}-s`, text, marks: [] }],
  ...extra,
})

export function catalogue(): SanityDocument[] {
  return [
    document({
      _id: 'series-city',
      _type: 'series',
      title: 'City Hearts',
      originalTitle: '도시의 마음',
      slug: { _type: 'slug', current: 'city-hearts' },
      tagline: 'A writer, a city, four loves.',
      country: 'South Korea',
      year: 2024,
      genres: ['Romance', 'Drama'],
      episodeCount: 8,
      episodeRuntimeMinutes: 50,
      premiereDate: '2024-10-21',
      finaleDate: '2024-10-21',
      platforms: [
        {
          _type: 'platform',
          _key: 'p1',
          name: 'Streamer',
          url: 'https://streamer.example/city-hearts',
          region: 'South Korea',
        },
      ],
      basedOn: {
        _type: 'sourceWork',
        title: 'City Hearts',
        author: 'A. Novelist',
        year: 2019,
        note: 'Longlisted for a prize',
      },
      relatedWorks: [{ _type: 'relatedWork', _key: 'w1', title: 'City Hearts (film)', kind: 'film', year: 2024 }],
      synopsis: [paragraph('syn1', 'A young writer looks for love.')],
      poster: {
        _type: 'image',
        _sanityAsset: 'image@file://./images/city-hearts.svg',
        alt: 'Two men on a rooftop at night',
      },
      arcs: [
        {
          _type: 'arc',
          _key: 'arc1',
          title: 'The classmate',
          firstEpisode: 1,
          lastEpisode: 2,
          directors: [ref('person-director', 'd1')],
        },
        {
          _type: 'arc',
          _key: 'arc2',
          title: 'The stranger',
          firstEpisode: 3,
          lastEpisode: 4,
          directors: [ref('person-director', 'd1')],
        },
      ],
      externalLinks: [
        { _type: 'externalLink', _key: 'l1', label: 'Official trailer', url: 'https://video.example/trailer' },
      ],
    }),
    document({
      _id: 'series-other',
      _type: 'series',
      title: 'Harbour Lights',
      slug: { _type: 'slug', current: 'harbour-lights' },
      episodeCount: 12,
    }),
    document({
      _id: 'episode-city-1',
      _type: 'episode',
      series: ref('series-city'),
      number: 1,
      title: 'Beginnings',
      airDate: '2024-10-21',
      runtimeMinutes: 52,
      directors: [ref('person-director', 'd1')],
      synopsis: [paragraph('e1', 'Two friends meet.')],
      guideSections: [
        { _type: 'guideSection', _key: 'g1', heading: 'Friendship', body: [paragraph('g1b', 'Why they click.')] },
      ],
      contentNotes: [{ _type: 'contentNote', _key: 'n1', topic: 'homophobia', detail: 'Slurs at a party' }],
    }),
    document({ _id: 'episode-city-2', _type: 'episode', series: ref('series-city'), number: 2, title: 'The wedding' }),
    document({ _id: 'episode-other-1', _type: 'episode', series: ref('series-other'), number: 1, title: 'Arrival' }),
    document({
      _id: 'person-actor',
      _type: 'person',
      name: 'Kim Min-jun',
      nativeName: '김민준',
      slug: { _type: 'slug', current: 'kim-min-jun' },
      aliases: ['Kim Min Jun'],
      occupations: ['actor'],
      birthDate: '1997-07-14',
      photo: { _type: 'image', _sanityAsset: 'image@file://./images/kim.svg', alt: 'Portrait of Kim Min-jun' },
    }),
    document({
      _id: 'person-director',
      _type: 'person',
      name: 'Lee Seo-yeon',
      slug: { _type: 'slug', current: 'lee-seo-yeon' },
      occupations: ['director'],
    }),
    document({
      _id: 'character-lead',
      _type: 'character',
      name: 'Jun',
      aliases: ['Joon'],
      series: ref('series-city'),
      playedBy: ref('person-actor'),
      billing: 'lead',
      order: 0,
      description: 'A student who writes at night.',
    }),
    document({
      _id: 'critic-ana',
      _type: 'critic',
      name: 'Ana Park',
      slug: { _type: 'slug', current: 'ana-park' },
      role: 'Senior critic',
    }),
    document({
      _id: 'review-series',
      _type: 'review',
      kind: 'series',
      title: 'A tender, clever adaptation',
      slug: { _type: 'slug', current: 'city-hearts-review' },
      critic: ref('critic-ana'),
      series: ref('series-city'),
      publishedAt: '2024-11-01T09:00:00Z',
      updatedAt: '2024-11-03T09:00:00Z',
      score: 9.3,
      aspects: [
        { _type: 'aspectScore', _key: 'a1', aspect: 'Story', score: 9, verdict: 'Substance first' },
        { _type: 'aspectScore', _key: 'a2', aspect: 'Acting', score: 9.5, verdict: 'A lead to remember' },
      ],
      verdict: 'Warm and sharp.',
      pros: [{ _type: 'verdictPoint', _key: 'pro1', text: 'Lead performance' }],
      cons: [{ _type: 'verdictPoint', _key: 'con1', text: 'Uneven middle' }],
      body: [
        paragraph('b1', 'Read the novel too.', {
          markDefs: [{ _type: 'link', _key: 'm1', href: 'https://books.example/city-hearts' }],
          children: [{ _type: 'span', _key: 'b1-s', text: 'Read the novel too.', marks: ['m1'] }],
        }),
        paragraph('b2', 'Contact us.', {
          markDefs: [
            { _type: 'link', _key: 'm2', href: 'mailto:desk@review.example' },
            { _type: 'internalLink', _key: 'm3', reference: ref('person-actor') },
          ],
          children: [
            { _type: 'span', _key: 'b2-s', text: 'Contact us ', marks: ['m2'] },
            { _type: 'span', _key: 'b2-t', text: 'about the lead', marks: ['m3'] },
            { _type: 'scoreCallout', _key: 'b2-c', score: 9.5, label: 'Acting' },
          ],
        }),
        {
          _type: 'spoiler',
          _key: 'sp1',
          episode: 2,
          summary: 'The wedding',
          body: [paragraph('sp1b', 'She asks him to sing.')],
        },
        { _type: 'pullQuote', _key: 'pq1', text: 'You meet friends you click with.', attribution: 'Jun' },
        {
          _type: 'image',
          _key: 'img1',
          _sanityAsset: 'image@file://./images/still.svg',
          alt: 'The friends at a club',
          caption: 'Episode 1',
        },
      ],
      spoilerLevel: 'light',
      corrections: [{ _type: 'correction', _key: 'c1', date: '2024-11-03', note: 'Fixed the director of episode 2.' }],
    }),
    document({
      _id: 'review-first',
      _type: 'review',
      kind: 'first-impressions',
      title: 'Episodes 1 and 2: a strong start',
      slug: { _type: 'slug', current: 'city-hearts-first-impressions' },
      critic: ref('critic-ana'),
      series: ref('series-city'),
      firstEpisode: 1,
      lastEpisode: 2,
      publishedAt: '2024-10-23T09:00:00Z',
      score: 8.5,
      spoilerLevel: 'none',
    }),
    document({
      _id: 'review-episode',
      _type: 'review',
      kind: 'episode',
      title: 'Episode 2',
      slug: { _type: 'slug', current: 'city-hearts-episode-2' },
      critic: ref('critic-ana'),
      series: ref('series-city'),
      firstEpisode: 2,
      lastEpisode: 2,
      publishedAt: '2024-10-24T09:00:00Z',
      score: 7.8,
      spoilerLevel: 'full',
    }),
    document({
      _id: 'review-ending',
      _type: 'review',
      kind: 'ending-explained',
      title: 'The ending, explained',
      slug: { _type: 'slug', current: 'city-hearts-ending-explained' },
      critic: ref('critic-ana'),
      series: ref('series-city'),
      firstEpisode: 8,
      lastEpisode: 8,
      publishedAt: '2024-11-05T09:00:00Z',
      spoilerLevel: 'full',
    }),
    document({
      _id: 'article-trailer',
      _type: 'article',
      title: 'Trailer released',
      slug: { _type: 'slug', current: 'city-hearts-trailer' },
      publishedAt: '2024-09-30T08:00:00Z',
      series: ref('series-city'),
      excerpt: 'The first trailer is out.',
      body: [paragraph('a1', 'Watch it now.')],
      heroImage: { _type: 'image', _sanityAsset: 'image@file://./images/trailer.svg', alt: 'Still from the trailer' },
      video: { _type: 'videoLink', title: 'the first trailer', url: 'https://www.youtube.com/watch?v=cityhearts01' },
    }),
    document({
      _id: 'siteSettings',
      _type: 'siteSettings',
      title: 'Drama review',
      description: 'Reviews of TV drama.',
      navigation: [
        { _type: 'navItem', _key: 'n1', label: 'Reviews', href: '/reviews' },
        { _type: 'navItem', _key: 'n2', label: 'About', href: 'https://review.example/about' },
      ],
    }),
  ]
}

// Tests reach into arbitrary nested fields to break exactly one thing; typing each path adds nothing.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type EditableDocument = Record<string, any>

/** A copy of the catalogue with one document changed. */
export function withDocument(id: string, change: (document: EditableDocument) => void): SanityDocument[] {
  const documents = catalogue()
  const target = documents.find((candidate) => candidate._id === id)
  if (!target) throw new Error(`The catalogue has no document "${id}"`)
  change(target as EditableDocument)
  return documents
}
