import { EyeClosedIcon } from '@sanity/icons/EyeClosed'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { episodeNumberRules } from '../fields/episodeNumberRules'
import { inlineMarks } from './blockContent'

/** Text hidden until the reader asks to see it, tagged with the episode whose plot it reveals. */
export const spoiler = defineType({
  name: 'spoiler',
  title: 'Spoiler',
  type: 'object',
  icon: EyeClosedIcon,
  fields: [
    defineField({
      name: 'episode',
      title: 'Spoils episode',
      type: 'number',
      description: 'The episode whose plot this reveals. Readers who have not reached it see a warning instead.',
      validation: (rule) => [
        rule.required().error('Which episode does this spoil? Readers are warned by episode number.'),
        ...episodeNumberRules(rule, 'The spoiled episode'),
      ],
    }),
    defineField({
      name: 'summary',
      title: 'Warning label',
      type: 'string',
      description: 'Shown while hidden, without giving anything away, e.g. "What happens after the wedding".',
      validation: (rule) => rule.max(120).warning('Keep the warning label short (120 characters).'),
    }),
    defineField({
      name: 'body',
      title: 'Hidden text',
      type: 'array',
      of: [
        defineArrayMember({
          type: 'block',
          styles: [{ title: 'Normal', value: 'normal' }],
          lists: [],
          marks: inlineMarks,
        }),
      ],
      validation: (rule) => rule.required().min(1).error('Write the text this spoiler hides.'),
    }),
  ],
  preview: {
    select: { episode: 'episode', summary: 'summary' },
    prepare: ({ episode, summary }) => ({
      title: typeof episode === 'number' ? `Spoiler: episode ${episode}` : 'Spoiler',
      subtitle: summary,
    }),
  },
})
