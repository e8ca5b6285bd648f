import { MenuIcon } from '@sanity/icons/Menu'
import { defineField, defineType } from 'sanity'
import { navigationLinkProblem } from '../../validation/links'

/** One entry in the site's main navigation. */
export const navItem = defineType({
  name: 'navItem',
  title: 'Navigation item',
  type: 'object',
  icon: MenuIcon,
  fields: [
    defineField({
      name: 'label',
      title: 'Label',
      type: 'string',
      validation: (rule) => rule.required().error('Label the menu entry.'),
    }),
    defineField({
      name: 'href',
      title: 'Link',
      type: 'string',
      description: 'A path on this site, such as /reviews, or a full https:// address.',
      validation: (rule) => [
        rule.required().error('Where does this entry go? e.g. /reviews'),
        rule.custom(navigationLinkProblem),
      ],
    }),
  ],
  preview: { select: { title: 'label', subtitle: 'href' } },
})
