import { DesktopIcon } from '@sanity/icons/Desktop'
import { defineField, defineType } from 'sanity'
import { webLinkProblem } from '../../validation/links'

/** Where readers can watch a series. */
export const platform = defineType({
  name: 'platform',
  title: 'Platform',
  type: 'object',
  icon: DesktopIcon,
  fields: [
    defineField({
      name: 'name',
      title: 'Name',
      type: 'string',
      validation: (rule) => rule.required().error('Name the platform, e.g. "TVING" or "Viki".'),
    }),
    defineField({
      name: 'url',
      title: 'Link',
      type: 'string',
      description: 'The series page on the platform (https://…).',
      validation: (rule) => rule.custom(webLinkProblem),
    }),
    defineField({
      name: 'region',
      title: 'Region',
      type: 'string',
      description: 'Where it streams there, e.g. "South Korea" or "Worldwide".',
    }),
  ],
  preview: { select: { title: 'name', subtitle: 'region' } },
})
