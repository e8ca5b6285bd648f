import { DocumentTextIcon } from '@sanity/icons/DocumentText'
import { defineField, defineType } from 'sanity'
import { imageField } from '../fields/imageField'
import { slugField } from '../fields/slugField'
import { revealsUpToField, SPOILER_FREE_HELP, spoilerFreeField } from '../fields/spoilerSafety'
import { markerAdvisedWhileAiring, siblingMarker } from '../../validation/spoilerMarkers'

/** News: a trailer, a casting announcement, a release date. */
export const article = defineType({
  name: 'article',
  title: 'News article',
  type: 'document',
  icon: DocumentTextIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Headline',
      type: 'string',
      validation: (rule) => rule.required().error('Write a headline.'),
    }),
    slugField({ pagedList: '/news' }),
    defineField({
      name: 'publishedAt',
      title: 'Published',
      type: 'datetime',
      initialValue: () => new Date().toISOString(),
      validation: (rule) => rule.required().error('When is (or was) this published?'),
    }),
    defineField({
      name: 'series',
      title: 'Series',
      type: 'reference',
      to: [{ type: 'series' }],
      description: 'The series this news is about, if any.',
    }),
    defineField({
      name: 'excerpt',
      title: 'Excerpt',
      type: 'text',
      rows: 3,
      description: 'Shown in lists and search results.',
      validation: (rule) => [
        rule.max(300).warning('Keep the excerpt under 300 characters.'),
        rule.custom(markerAdvisedWhileAiring(siblingMarker('revealsUpToEpisode'), 'excerpt')).warning(),
      ],
    }),
    revealsUpToField({
      name: 'revealsUpToEpisode',
      fieldset: 'spoilers',
      description:
        'The last episode of the series whose plot the headline or excerpt gives away. Leave empty for news ' +
        'that reveals nothing; put plot in the body inside spoiler blocks.',
    }),
    spoilerFreeField({
      name: 'spoilerFreeTitle',
      title: 'Spoiler-free headline',
      fieldset: 'spoilers',
      description: SPOILER_FREE_HELP,
    }),
    spoilerFreeField({
      name: 'spoilerFreeExcerpt',
      title: 'Spoiler-free excerpt',
      type: 'text',
      fieldset: 'spoilers',
      max: 300,
      description: SPOILER_FREE_HELP,
    }),
    defineField({ name: 'body', title: 'Body', type: 'blockContent' }),
    imageField('heroImage', 'Main image'),
    defineField({
      name: 'video',
      title: 'Video',
      type: 'videoLink',
      description: 'For news about a trailer or clip: the main image becomes a link that opens the video.',
      validation: (rule) =>
        rule
          .custom((video, context) =>
            video && !context.document?.heroImage ? 'Add a main image: readers open the video through it.' : true,
          )
          .warning(),
    }),
  ],
  fieldsets: [{ name: 'spoilers', title: 'Spoiler safety', options: { collapsible: true, collapsed: true } }],
  orderings: [{ title: 'Newest first', name: 'publishedDesc', by: [{ field: 'publishedAt', direction: 'desc' }] }],
  preview: {
    select: { title: 'title', publishedAt: 'publishedAt', seriesTitle: 'series.title', media: 'heroImage' },
    prepare: ({ title, publishedAt, seriesTitle, media }) => ({
      title,
      subtitle: [typeof publishedAt === 'string' ? publishedAt.slice(0, 10) : 'Not dated', seriesTitle]
        .filter(Boolean)
        .join(' · '),
      media,
    }),
  },
})
