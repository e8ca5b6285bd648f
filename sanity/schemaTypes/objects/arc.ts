import { TimelineIcon } from '@sanity/icons/Timeline'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { arcRangeProblem } from '../../validation/episodeRanges'
import { episodeNumberRules } from '../fields/episodeNumberRules'

/** A run of episodes with its own story and director(s), e.g. episodes 1–2. */
export const arc = defineType({
  name: 'arc',
  title: 'Arc',
  type: 'object',
  icon: TimelineIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      validation: (rule) => rule.required().error('Name the arc, e.g. the character it follows.'),
    }),
    defineField({
      name: 'firstEpisode',
      title: 'First episode',
      type: 'number',
      validation: (rule) => [
        rule.required().error('Which episode does the arc start at?'),
        ...episodeNumberRules(rule, 'The first episode'),
      ],
    }),
    defineField({
      name: 'lastEpisode',
      title: 'Last episode',
      type: 'number',
      validation: (rule) => [
        rule.required().error('Which episode does the arc end at?'),
        ...episodeNumberRules(rule, 'The last episode'),
      ],
    }),
    defineField({
      name: 'directors',
      title: 'Director(s)',
      type: 'array',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'person' }] })],
      validation: (rule) => rule.unique().error('Each director is listed once.'),
    }),
    defineField({ name: 'summary', title: 'Summary', type: 'text', rows: 3 }),
  ],
  validation: (rule) => rule.custom(arcRangeProblem),
  preview: {
    select: { title: 'title', first: 'firstEpisode', last: 'lastEpisode', director: 'directors.0.name' },
    prepare: ({ title, first, last, director }) => ({
      title,
      subtitle: [
        first && last ? (first === last ? `Episode ${first}` : `Episodes ${first}–${last}`) : undefined,
        director,
      ]
        .filter(Boolean)
        .join(' · '),
    }),
  },
})
