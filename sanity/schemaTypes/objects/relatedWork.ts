import { DocumentsIcon } from '@sanity/icons/Documents'
import { defineField, defineType } from 'sanity'

export const RELATED_WORK_KINDS = [
  { title: 'Film', value: 'film' },
  { title: 'Series', value: 'series' },
  { title: 'Novel', value: 'novel' },
  { title: 'Stage', value: 'stage' },
  { title: 'Other', value: 'other' },
]

/** Another adaptation or version of the same story: a separate work readers may confuse with this one. */
export const relatedWork = defineType({
  name: 'relatedWork',
  title: 'Related work',
  type: 'object',
  icon: DocumentsIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      validation: (rule) => rule.required().error('Give the title of the related work.'),
    }),
    defineField({ name: 'originalTitle', title: 'Original title', type: 'string' }),
    defineField({
      name: 'kind',
      title: 'Kind',
      type: 'string',
      options: { list: RELATED_WORK_KINDS, layout: 'radio', direction: 'horizontal' },
      validation: (rule) => rule.required().error('Is it a film, a series, a novel, a stage work or something else?'),
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
      description: 'How it relates, e.g. "Separate story with a different cast".',
    }),
  ],
  preview: {
    select: { title: 'title', kind: 'kind', year: 'year' },
    prepare: ({ title, kind, year }) => ({
      title,
      subtitle: [RELATED_WORK_KINDS.find((option) => option.value === kind)?.title, year].filter(Boolean).join(', '),
    }),
  },
})
