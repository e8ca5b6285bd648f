import { StarIcon } from '@sanity/icons/Star'
import { createElement } from 'react'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { ScoreBadge } from '@/components/score/ScoreBadge'
import { REVIEW_KINDS, reviewKindLabel } from '@/lib/review-kinds'
import { formatScore, scoreBand } from '@/lib/score'
import { SPOILER_LEVELS } from '@/lib/spoiler-levels'
import { ScoreInput } from '../../inputs/ScoreInput'
import { notBefore } from '../../validation/dateOrder'
import {
  coveredEpisodeRequired,
  coveredEpisodesInsideSeries,
  lastEpisodeMatchesKind,
} from '../../validation/reviewRange'
import { reviewScoreRequired, scoreProblem } from '../../validation/score'
import { markerAdvisedWhileAiring, reviewMarker } from '../../validation/spoilerMarkers'
import { aspectNamesAreUnique } from '../../validation/uniqueAspects'
import { episodeNumberRules } from '../fields/episodeNumberRules'
import { slugField } from '../fields/slugField'
import { revealsUpToField, SPOILER_FREE_HELP, spoilerFreeField } from '../fields/spoilerSafety'

/** Editors see the default their marker falls back to, in the words they choose the kind with. */
const DEFAULT_MARKER_HELP =
  'Leave empty for the default: an episode review reveals its episode, first impressions their last episode, an ' +
  'ending explained the last episode of the series, and a series review nothing.'

function coveredEpisodes(first: unknown, last: unknown): string | undefined {
  if (typeof first !== 'number') return undefined
  if (typeof last !== 'number' || last === first) return `Ep. ${first}`
  return `Eps. ${first}–${last}`
}

export const review = defineType({
  name: 'review',
  title: 'Review',
  type: 'document',
  icon: StarIcon,
  groups: [
    { name: 'subject', title: 'Subject', default: true },
    { name: 'verdict', title: 'Score and verdict' },
    { name: 'text', title: 'Text' },
    { name: 'publishing', title: 'Publishing' },
  ],
  fields: [
    defineField({
      name: 'kind',
      title: 'Kind of review',
      type: 'string',
      group: 'subject',
      options: { list: [...REVIEW_KINDS], layout: 'radio' },
      validation: (rule) => rule.required().error('Choose what kind of review this is.'),
    }),
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      group: 'subject',
      validation: (rule) => rule.required().error('Give the review a title.'),
    }),
    revealsUpToField({
      name: 'titleRevealsUpTo',
      group: 'subject',
      fieldset: 'titleSpoilers',
      description:
        `The last episode whose plot the title gives away; it shows on cards, lists and the home page. ` +
        `${DEFAULT_MARKER_HELP}`,
    }),
    spoilerFreeField({
      name: 'spoilerFreeTitle',
      title: 'Spoiler-free title',
      group: 'subject',
      fieldset: 'titleSpoilers',
      description: `e.g. "Love in the Big City episode 5 review". ${SPOILER_FREE_HELP}`,
    }),
    slugField({ group: 'subject', pagedList: '/reviews' }),
    defineField({
      name: 'critic',
      title: 'Critic',
      type: 'reference',
      to: [{ type: 'critic' }],
      group: 'subject',
      validation: (rule) => rule.required().error('Who wrote this review? Choose the critic for the byline.'),
    }),
    defineField({
      name: 'series',
      title: 'Series',
      type: 'reference',
      to: [{ type: 'series' }],
      group: 'subject',
      validation: (rule) => rule.required().error('Which series does this review cover?'),
    }),
    defineField({
      name: 'firstEpisode',
      title: 'First episode covered',
      type: 'number',
      group: 'subject',
      description: 'Leave empty for a review of the whole series.',
      validation: (rule) => [
        ...episodeNumberRules(rule, 'The first episode'),
        rule.custom(coveredEpisodeRequired('first')),
        rule.custom(coveredEpisodesInsideSeries),
      ],
    }),
    defineField({
      name: 'lastEpisode',
      title: 'Last episode covered',
      type: 'number',
      group: 'subject',
      description: 'The same as the first episode for a single-episode review.',
      validation: (rule) => [
        ...episodeNumberRules(rule, 'The last episode'),
        rule.custom(coveredEpisodeRequired('last')),
        rule.custom(lastEpisodeMatchesKind),
        rule.custom(coveredEpisodesInsideSeries),
      ],
    }),
    defineField({
      name: 'score',
      title: 'Overall score',
      type: 'number',
      group: 'verdict',
      description: '0 to 10 in steps of 0.1.',
      components: { input: ScoreInput },
      validation: (rule) => [rule.custom(reviewScoreRequired), rule.custom(scoreProblem)],
    }),
    defineField({
      name: 'aspects',
      title: 'Aspect scores',
      type: 'array',
      group: 'verdict',
      description: 'Optional scores for parts of the show, e.g. Story, Acting, Visuals.',
      of: [defineArrayMember({ type: 'aspectScore' })],
      validation: (rule) => rule.custom(aspectNamesAreUnique),
    }),
    defineField({
      name: 'verdict',
      title: 'Verdict',
      type: 'text',
      rows: 3,
      group: 'verdict',
      description: 'The review in two or three sentences; shown beside the score.',
      validation: (rule) => [
        rule.max(300).error('Keep the verdict under 300 characters: it sits beside the score.'),
        rule.custom(markerAdvisedWhileAiring(reviewMarker('verdictRevealsUpTo'), 'verdict')).warning(),
      ],
    }),
    revealsUpToField({
      name: 'verdictRevealsUpTo',
      group: 'verdict',
      fieldset: 'verdictSpoilers',
      description:
        `The last episode whose plot the verdict gives away; it shows on cards and the home page. ` +
        `${DEFAULT_MARKER_HELP}`,
    }),
    spoilerFreeField({
      name: 'spoilerFreeVerdict',
      title: 'Spoiler-free verdict',
      type: 'text',
      group: 'verdict',
      fieldset: 'verdictSpoilers',
      max: 300,
      description: SPOILER_FREE_HELP,
    }),
    defineField({
      name: 'pros',
      title: 'Pros',
      type: 'array',
      group: 'verdict',
      description: 'One point each. Mark the episode a point reveals, if any.',
      of: [defineArrayMember({ type: 'verdictPoint' })],
    }),
    defineField({
      name: 'cons',
      title: 'Cons',
      type: 'array',
      group: 'verdict',
      description: 'One point each. Mark the episode a point reveals, if any.',
      of: [defineArrayMember({ type: 'verdictPoint' })],
    }),
    defineField({ name: 'body', title: 'Body', type: 'blockContent', group: 'text' }),
    defineField({
      name: 'spoilerLevel',
      title: 'Spoiler level',
      type: 'string',
      group: 'text',
      description: 'How much of the plot the review gives away outside spoiler blocks.',
      options: { list: [...SPOILER_LEVELS], layout: 'radio', direction: 'horizontal' },
      validation: (rule) => rule.required().error('Tell readers how much this review gives away.'),
    }),
    defineField({
      name: 'publishedAt',
      title: 'Published',
      type: 'datetime',
      group: 'publishing',
      initialValue: () => new Date().toISOString(),
      validation: (rule) => rule.required().error('When is (or was) this review published?'),
    }),
    defineField({
      name: 'updatedAt',
      title: 'Last updated',
      type: 'datetime',
      group: 'publishing',
      description: 'Set when the review changes meaningfully after publication.',
      validation: (rule) =>
        rule.custom(
          notBefore(
            'publishedAt',
            (published) =>
              `The update can't come before the review was published (${published.slice(0, 10)}). Check both dates.`,
          ),
        ),
    }),
    defineField({
      name: 'editorsNote',
      title: 'Editor\u2019s note',
      type: 'text',
      rows: 2,
      group: 'publishing',
      description: 'Shown above the review, e.g. about its context.',
    }),
    defineField({
      name: 'corrections',
      title: 'Corrections',
      type: 'array',
      group: 'publishing',
      of: [defineArrayMember({ type: 'correction' })],
    }),
  ],
  fieldsets: [
    { name: 'titleSpoilers', title: 'Title: spoiler safety', options: { collapsible: true, collapsed: true } },
    { name: 'verdictSpoilers', title: 'Verdict: spoiler safety', options: { collapsible: true, collapsed: true } },
  ],
  orderings: [
    { title: 'Newest first', name: 'publishedDesc', by: [{ field: 'publishedAt', direction: 'desc' }] },
    { title: 'Highest score', name: 'scoreDesc', by: [{ field: 'score', direction: 'desc' }] },
  ],
  preview: {
    select: {
      title: 'title',
      kind: 'kind',
      score: 'score',
      first: 'firstEpisode',
      last: 'lastEpisode',
      seriesTitle: 'series.title',
    },
    prepare: ({ title, kind, score, first, last, seriesTitle }) => {
      const hasScore = typeof score === 'number'
      return {
        title,
        subtitle: [
          typeof kind === 'string' ? reviewKindLabel(kind) : undefined,
          kind === 'series' ? undefined : coveredEpisodes(first, last),
          hasScore ? `${formatScore(score)}/10 ${scoreBand(score).label}` : undefined,
          seriesTitle,
        ]
          .filter(Boolean)
          .join(' · '),
        media: hasScore
          ? createElement(ScoreBadge, { score, size: 'sm', showBand: false, inlineStyles: true })
          : StarIcon,
      }
    },
  },
})
