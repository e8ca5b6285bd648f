import { StarFilledIcon } from '@sanity/icons/StarFilled'
import { defineField, defineType } from 'sanity'
import { formatScore } from '@/lib/score'
import { ScoreInput } from '../../inputs/ScoreInput'
import { scoreProblem } from '../../validation/score'

/** A score inside running text, e.g. "the acting alone earns a 9.5". */
export const scoreCallout = defineType({
  name: 'scoreCallout',
  title: 'Score',
  type: 'object',
  icon: StarFilledIcon,
  fields: [
    defineField({
      name: 'score',
      title: 'Score',
      type: 'number',
      components: { input: ScoreInput },
      validation: (rule) => [rule.required().error('Enter the score to show (0 to 10).'), rule.custom(scoreProblem)],
    }),
    defineField({
      name: 'label',
      title: 'Label',
      type: 'string',
      description: 'Optional, e.g. "Acting". Shown beside the score.',
    }),
  ],
  preview: {
    select: { score: 'score', label: 'label' },
    prepare: ({ score, label }) => ({
      title: typeof score === 'number' ? `${formatScore(score)}/10${label ? ` ${label}` : ''}` : 'Score',
    }),
  },
})
