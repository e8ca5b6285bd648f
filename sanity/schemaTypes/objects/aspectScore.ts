import { BarChartIcon } from '@sanity/icons/BarChart'
import { defineField, defineType } from 'sanity'
import { formatScore } from '@/lib/score'
import { ScoreInput } from '../../inputs/ScoreInput'
import { scoreProblem } from '../../validation/score'
import { markerAdvisedWhileAiring, siblingMarker } from '../../validation/spoilerMarkers'
import { revealsUpToField, SPOILER_FREE_HELP, spoilerFreeField } from '../fields/spoilerSafety'

/** One scored aspect of a review, e.g. Story 9.0 "Substance over spectacle". */
export const aspectScore = defineType({
  name: 'aspectScore',
  title: 'Aspect score',
  type: 'object',
  icon: BarChartIcon,
  fields: [
    defineField({
      name: 'aspect',
      title: 'Aspect',
      type: 'string',
      description: 'What is scored, e.g. Story, Acting, Chemistry, Visuals, Ending.',
      validation: (rule) => rule.required().error('Name the aspect being scored, e.g. "Acting".'),
    }),
    defineField({
      name: 'score',
      title: 'Score',
      type: 'number',
      components: { input: ScoreInput },
      validation: (rule) => [rule.required().error('Score this aspect from 0 to 10.'), rule.custom(scoreProblem)],
    }),
    defineField({
      name: 'verdict',
      title: 'One-line verdict',
      type: 'string',
      validation: (rule) => [
        rule.max(140).warning('Keep the verdict to one line (140 characters).'),
        rule.custom(markerAdvisedWhileAiring(siblingMarker('revealsUpToEpisode'), 'verdict')).warning(),
      ],
    }),
    revealsUpToField({
      name: 'revealsUpToEpisode',
      description:
        'The last episode whose plot this verdict gives away, e.g. the final episode for an "Ending" verdict that ' +
        'describes it. Leave empty if it reveals nothing.',
    }),
    spoilerFreeField({
      name: 'spoilerFreeVerdict',
      title: 'Spoiler-free verdict',
      max: 140,
      description: SPOILER_FREE_HELP,
    }),
  ],
  preview: {
    select: { aspect: 'aspect', score: 'score', verdict: 'verdict', revealsUpTo: 'revealsUpToEpisode' },
    prepare: ({ aspect, score, verdict, revealsUpTo }) => ({
      title: typeof score === 'number' ? `${aspect ?? 'Aspect'}: ${formatScore(score)}` : aspect,
      subtitle: typeof revealsUpTo === 'number' ? `Reveals ep. ${revealsUpTo} · ${verdict ?? ''}` : verdict,
    }),
  },
})
