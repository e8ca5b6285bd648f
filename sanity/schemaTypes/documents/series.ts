import { DocumentVideoIcon } from '@sanity/icons/DocumentVideo'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { notBefore } from '../../validation/dateOrder'
import { arcsDoNotOverlap } from '../../validation/episodeRanges'
import { imageField } from '../fields/imageField'
import { slugField } from '../fields/slugField'

export const series = defineType({
  name: 'series',
  title: 'Series',
  type: 'document',
  icon: DocumentVideoIcon,
  groups: [
    { name: 'details', title: 'Details', default: true },
    { name: 'story', title: 'Story and arcs' },
    { name: 'release', title: 'Release' },
    { name: 'media', title: 'Poster and links' },
  ],
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      group: 'details',
      validation: (rule) => rule.required().error('Give the series its title as readers know it.'),
    }),
    defineField({
      name: 'originalTitle',
      title: 'Original title',
      type: 'string',
      group: 'details',
      description: 'In the original script, e.g. 대도시의 사랑법.',
    }),
    slugField({ group: 'details', pagedList: '/series' }),
    defineField({
      name: 'tagline',
      title: 'Tagline',
      type: 'string',
      group: 'details',
      description: 'One line for cards and search results.',
      validation: (rule) =>
        rule.max(160).error('Keep the tagline under 160 characters: search engines cut longer lines.'),
    }),
    defineField({ name: 'country', title: 'Country', type: 'string', group: 'details' }),
    defineField({
      name: 'year',
      title: 'Year',
      type: 'number',
      group: 'details',
      validation: (rule) => rule.integer().min(1900).max(2100).error('Enter the four-digit year it first aired.'),
    }),
    defineField({
      name: 'genres',
      title: 'Genres',
      type: 'array',
      group: 'details',
      of: [defineArrayMember({ type: 'string' })],
      options: { layout: 'tags' },
    }),
    defineField({
      name: 'episodeCount',
      title: 'Number of episodes',
      type: 'number',
      group: 'details',
      description: 'Episode numbers and review ranges are checked against this.',
      validation: (rule) => [
        rule.required().error('How many episodes does the series have? Episode numbers are checked against it.'),
        rule.integer().error('The number of episodes is a whole number.'),
        rule.min(1).max(200).error('A series has between 1 and 200 episodes.'),
      ],
    }),
    defineField({
      name: 'episodeRuntimeMinutes',
      title: 'Typical episode runtime (minutes)',
      type: 'number',
      group: 'details',
      validation: (rule) => rule.integer().min(1).max(600).error('Enter the runtime in whole minutes, e.g. 50.'),
    }),
    defineField({ name: 'premiereDate', title: 'Premiere date', type: 'date', group: 'release' }),
    defineField({
      name: 'finaleDate',
      title: 'Finale date',
      type: 'date',
      group: 'release',
      description: 'The same as the premiere when every episode was released at once.',
      validation: (rule) =>
        rule.custom(
          notBefore(
            'premiereDate',
            (premiere) => `The finale can't air before the premiere (${premiere}). Check both dates.`,
          ),
        ),
    }),
    defineField({
      name: 'platforms',
      title: 'Where to watch',
      type: 'array',
      group: 'release',
      of: [defineArrayMember({ type: 'platform' })],
    }),
    defineField({ name: 'basedOn', title: 'Based on', type: 'sourceWork', group: 'story' }),
    defineField({
      name: 'relatedWorks',
      title: 'Related works',
      type: 'array',
      group: 'story',
      description: 'Other adaptations of the same story, such as a film with a different cast.',
      of: [defineArrayMember({ type: 'relatedWork' })],
    }),
    defineField({ name: 'synopsis', title: 'Synopsis', type: 'blockContent', group: 'story' }),
    defineField({
      name: 'arcs',
      title: 'Arcs',
      type: 'array',
      group: 'story',
      description: 'Runs of episodes with their own story and director(s). Arcs may not overlap.',
      of: [defineArrayMember({ type: 'arc' })],
      validation: (rule) => rule.custom(arcsDoNotOverlap),
    }),
    imageField('poster', 'Poster', { group: 'media' }),
    defineField({
      name: 'externalLinks',
      title: 'External links',
      type: 'array',
      group: 'media',
      of: [defineArrayMember({ type: 'externalLink' })],
    }),
  ],
  orderings: [
    {
      title: 'Newest first',
      name: 'yearDesc',
      by: [
        { field: 'year', direction: 'desc' },
        { field: 'title', direction: 'asc' },
      ],
    },
    { title: 'Title', name: 'titleAsc', by: [{ field: 'title', direction: 'asc' }] },
  ],
  preview: {
    select: {
      title: 'title',
      originalTitle: 'originalTitle',
      year: 'year',
      episodeCount: 'episodeCount',
      media: 'poster',
    },
    prepare: ({ title, originalTitle, year, episodeCount, media }) => ({
      title,
      subtitle: [
        originalTitle,
        year,
        typeof episodeCount === 'number' ? `${episodeCount} episode${episodeCount === 1 ? '' : 's'}` : undefined,
      ]
        .filter(Boolean)
        .join(' · '),
      media,
    }),
  },
})
