import { ComposeIcon } from '@sanity/icons/Compose'
import { defineField, defineType } from 'sanity'
import { imageField } from '../fields/imageField'
import { slugField } from '../fields/slugField'

/** A writer of reviews on this site. */
export const critic = defineType({
  name: 'critic',
  title: 'Critic',
  type: 'document',
  icon: ComposeIcon,
  fields: [
    defineField({
      name: 'name',
      title: 'Name',
      type: 'string',
      validation: (rule) => rule.required().error('Give the critic\u2019s byline name.'),
    }),
    slugField({ source: 'name' }),
    defineField({ name: 'role', title: 'Role', type: 'string', description: 'e.g. "Senior critic".' }),
    defineField({ name: 'bio', title: 'Bio', type: 'text', rows: 4 }),
    imageField('avatar', 'Avatar', { caption: false }),
  ],
  preview: { select: { title: 'name', subtitle: 'role', media: 'avatar' } },
})
