import { DocumentTextIcon } from '@sanity/icons/DocumentText'
import { defineField, defineType } from 'sanity'
import { imageField } from '../fields/imageField'
import { slugField } from '../fields/slugField'

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
      validation: (rule) => rule.max(300).warning('Keep the excerpt under 300 characters.'),
    }),
    defineField({ name: 'body', title: 'Body', type: 'blockContent' }),
    imageField('heroImage', 'Main image'),
  ],
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
