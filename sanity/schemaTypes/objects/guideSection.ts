import { ThListIcon } from '@sanity/icons/ThList'
import { defineField, defineType } from 'sanity'

/** One themed section of an episode guide, e.g. "Compatibility" or "The mother". */
export const guideSection = defineType({
  name: 'guideSection',
  title: 'Guide section',
  type: 'object',
  icon: ThListIcon,
  fields: [
    defineField({
      name: 'heading',
      title: 'Heading',
      type: 'string',
      validation: (rule) => rule.required().error('Give the section a heading.'),
    }),
    defineField({
      name: 'body',
      title: 'Text',
      type: 'blockContent',
      validation: (rule) => rule.required().error('Write the section text.'),
    }),
  ],
  preview: { select: { title: 'heading' } },
})
