import { BookIcon } from '@sanity/icons/Book'
import { defineField, defineType } from 'sanity'

/** The book (or other work) a series adapts. */
export const sourceWork = defineType({
  name: 'sourceWork',
  title: 'Based on',
  type: 'object',
  icon: BookIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      validation: (rule) => rule.required().error('Give the title of the adapted work.'),
    }),
    defineField({
      name: 'originalTitle',
      title: 'Original title',
      type: 'string',
      description: 'In its original script.',
    }),
    defineField({
      name: 'author',
      title: 'Author',
      type: 'string',
      validation: (rule) => rule.required().error('Who wrote the adapted work?'),
    }),
    defineField({
      name: 'year',
      title: 'Year',
      type: 'number',
      validation: (rule) => rule.integer().min(1000).max(2100).error('Enter a four-digit year.'),
    }),
    defineField({
      name: 'note',
      title: 'Note',
      type: 'string',
      description: 'e.g. a prize longlisting or translation.',
    }),
  ],
  preview: {
    select: { title: 'title', author: 'author', year: 'year' },
    prepare: ({ title, author, year }) => ({ title, subtitle: [author, year].filter(Boolean).join(', ') }),
  },
})
