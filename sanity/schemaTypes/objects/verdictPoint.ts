import { ThListIcon } from '@sanity/icons/ThList'
import { defineField, defineType } from 'sanity'
import { revealsUpToField, SPOILER_FREE_HELP, spoilerFreeField } from '../fields/spoilerSafety'

/** One pro or con of a review, e.g. "Handles a difficult diagnosis without melodrama". */
export const verdictPoint = defineType({
  name: 'verdictPoint',
  title: 'Point',
  type: 'object',
  icon: ThListIcon,
  fields: [
    defineField({
      name: 'text',
      title: 'Point',
      type: 'string',
      validation: (rule) => [
        rule.required().error('Write the point, in a short phrase.'),
        rule.max(140).warning('Keep each point to one line (140 characters).'),
      ],
    }),
    revealsUpToField({
      name: 'revealsUpToEpisode',
      description: 'The last episode whose plot this point gives away. Leave empty if it reveals nothing.',
    }),
    spoilerFreeField({
      name: 'spoilerFreeText',
      title: 'Spoiler-free point',
      max: 140,
      description: SPOILER_FREE_HELP,
    }),
  ],
  preview: {
    select: { text: 'text', revealsUpTo: 'revealsUpToEpisode' },
    prepare: ({ text, revealsUpTo }) => ({
      title: text,
      subtitle: typeof revealsUpTo === 'number' ? `Reveals up to episode ${revealsUpTo}` : undefined,
    }),
  },
})
