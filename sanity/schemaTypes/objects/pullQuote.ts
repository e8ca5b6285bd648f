import { BlockquoteIcon } from '@sanity/icons/Blockquote'
import { defineField, defineType } from 'sanity'

export const pullQuote = defineType({
  name: 'pullQuote',
  title: 'Pull quote',
  type: 'object',
  icon: BlockquoteIcon,
  fields: [
    defineField({
      name: 'text',
      title: 'Quote',
      type: 'text',
      rows: 3,
      validation: (rule) => [
        rule.required().error('Write the quote to display.'),
        rule.max(280).warning('Pull quotes work best under 280 characters.'),
      ],
    }),
    defineField({
      name: 'attribution',
      title: 'Attribution',
      type: 'string',
      description: 'Who said it, e.g. a character or the critic.',
    }),
  ],
  preview: {
    select: { text: 'text', attribution: 'attribution' },
    prepare: ({ text, attribution }) => ({ title: text ? `“${text}”` : 'Pull quote', subtitle: attribution }),
  },
})
