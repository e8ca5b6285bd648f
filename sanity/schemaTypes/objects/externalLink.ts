import { LaunchIcon } from '@sanity/icons/Launch'
import { defineField, defineType } from 'sanity'
import { webLinkProblem } from '../../validation/links'

/** A labelled web address, e.g. the official trailer or the broadcaster's page. */
export const externalLink = defineType({
  name: 'externalLink',
  title: 'External link',
  type: 'object',
  icon: LaunchIcon,
  fields: [
    defineField({
      name: 'label',
      title: 'Label',
      type: 'string',
      validation: (rule) => rule.required().error('Label the link, e.g. "Official trailer".'),
    }),
    defineField({
      name: 'url',
      title: 'Address',
      type: 'string',
      placeholder: 'https://',
      validation: (rule) => [rule.required().error('Enter the web address (https://…).'), rule.custom(webLinkProblem)],
    }),
  ],
  preview: { select: { title: 'label', subtitle: 'url' } },
})
