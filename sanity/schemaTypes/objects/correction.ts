import { EditIcon } from '@sanity/icons/Edit'
import { defineField, defineType } from 'sanity'

/** A published correction: readers see what changed and when. */
export const correction = defineType({
  name: 'correction',
  title: 'Correction',
  type: 'object',
  icon: EditIcon,
  fields: [
    defineField({
      name: 'date',
      title: 'Date',
      type: 'date',
      validation: (rule) => rule.required().error('When was the correction made?'),
    }),
    defineField({
      name: 'note',
      title: 'What was corrected',
      type: 'text',
      rows: 2,
      validation: (rule) => rule.required().error('Say what was wrong and what it now says.'),
    }),
  ],
  preview: { select: { title: 'note', subtitle: 'date' } },
})
