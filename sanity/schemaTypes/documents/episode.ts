import { PlayIcon } from '@sanity/icons/Play'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { episodeNumberFitsSeries } from '../../validation/episodeNumber'
import { episodeNumberRules } from '../fields/episodeNumberRules'

export const episode = defineType({
  name: 'episode',
  title: 'Episode',
  type: 'document',
  icon: PlayIcon,
  groups: [
    { name: 'details', title: 'Details', default: true },
    { name: 'guide', title: 'Guide' },
  ],
  fields: [
    defineField({
      name: 'series',
      title: 'Series',
      type: 'reference',
      to: [{ type: 'series' }],
      group: 'details',
      validation: (rule) => rule.required().error('Which series is this episode part of?'),
    }),
    defineField({
      name: 'number',
      title: 'Episode number',
      type: 'number',
      group: 'details',
      validation: (rule) => [
        rule.required().error('Give the episode its number in the series.'),
        ...episodeNumberRules(rule, 'The episode number'),
        rule.custom(episodeNumberFitsSeries),
      ],
    }),
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      group: 'details',
      validation: (rule) => rule.required().error('Give the episode a title.'),
    }),
    defineField({ name: 'airDate', title: 'Air date', type: 'date', group: 'details' }),
    defineField({
      name: 'runtimeMinutes',
      title: 'Runtime (minutes)',
      type: 'number',
      group: 'details',
      validation: (rule) => rule.integer().min(1).max(600).error('Enter the runtime in whole minutes, e.g. 52.'),
    }),
    defineField({
      name: 'directors',
      title: 'Director(s)',
      type: 'array',
      group: 'details',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'person' }] })],
      validation: (rule) => rule.unique().error('Each director is listed once.'),
    }),
    defineField({
      name: 'writers',
      title: 'Writer(s)',
      type: 'array',
      group: 'details',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'person' }] })],
      validation: (rule) => rule.unique().error('Each writer is listed once.'),
    }),
    defineField({ name: 'synopsis', title: 'Synopsis', type: 'blockContent', group: 'guide' }),
    defineField({
      name: 'guideSections',
      title: 'Guide sections',
      type: 'array',
      group: 'guide',
      of: [defineArrayMember({ type: 'guideSection' })],
    }),
    defineField({
      name: 'contentNotes',
      title: 'Content notes',
      type: 'array',
      group: 'guide',
      description: 'Topics readers may want to know about before watching.',
      of: [defineArrayMember({ type: 'contentNote' })],
    }),
  ],
  orderings: [{ title: 'Episode number', name: 'numberAsc', by: [{ field: 'number', direction: 'asc' }] }],
  preview: {
    select: { number: 'number', title: 'title', seriesTitle: 'series.title', airDate: 'airDate' },
    prepare: ({ number, title, seriesTitle, airDate }) => ({
      title:
        typeof number === 'number' ? `Episode ${number}${title ? `: ${title}` : ''}` : (title ?? 'Untitled episode'),
      subtitle: [seriesTitle, airDate].filter(Boolean).join(' · '),
    }),
  },
})
