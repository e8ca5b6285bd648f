import { BlockContentIcon } from '@sanity/icons/BlockContent'
import { DocumentIcon } from '@sanity/icons/Document'
import { ImageIcon } from '@sanity/icons/Image'
import { LinkIcon } from '@sanity/icons/Link'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { bodyLinkProblem } from '../../validation/links'
import { imageDetailFields } from '../fields/imageField'

/** Types an internal link may point at: every document with a page on the site. */
export const LINKABLE_TYPES = ['series', 'episode', 'review', 'person', 'character', 'critic', 'article'] as const

const externalLink = defineArrayMember({
  name: 'link',
  title: 'External link',
  type: 'object',
  icon: LinkIcon,
  fields: [
    defineField({
      name: 'href',
      title: 'Address',
      type: 'string',
      description: 'A full address: https://…, http://… or mailto:…',
      placeholder: 'https://',
      validation: (rule) => [
        rule.required().error('Enter the address this text links to.'),
        rule.custom(bodyLinkProblem),
      ],
    }),
    defineField({ name: 'blank', title: 'Open in a new tab', type: 'boolean', initialValue: false }),
  ],
})

const internalLink = defineArrayMember({
  name: 'internalLink',
  title: 'Link to a page on this site',
  type: 'object',
  icon: DocumentIcon,
  fields: [
    defineField({
      name: 'reference',
      title: 'Page',
      type: 'reference',
      to: LINKABLE_TYPES.map((type) => ({ type })),
      validation: (rule) => rule.required().error('Choose the page this text links to.'),
    }),
  ],
})

/** Marks and styles shared by the main body and the text inside spoiler blocks. */
export const inlineMarks = {
  decorators: [
    { title: 'Strong', value: 'strong' },
    { title: 'Emphasis', value: 'em' },
  ],
  annotations: [externalLink, internalLink],
}

export const blockContent = defineType({
  name: 'blockContent',
  title: 'Rich text',
  type: 'array',
  icon: BlockContentIcon,
  of: [
    defineArrayMember({
      type: 'block',
      styles: [
        { title: 'Normal', value: 'normal' },
        { title: 'Heading 2', value: 'h2' },
        { title: 'Heading 3', value: 'h3' },
        { title: 'Quote', value: 'blockquote' },
      ],
      lists: [
        { title: 'Bullet', value: 'bullet' },
        { title: 'Numbered', value: 'number' },
      ],
      marks: inlineMarks,
      of: [defineArrayMember({ type: 'scoreCallout' })],
    }),
    defineArrayMember({ type: 'spoiler' }),
    defineArrayMember({ type: 'pullQuote' }),
    defineArrayMember({
      type: 'image',
      icon: ImageIcon,
      options: { hotspot: true },
      fields: imageDetailFields(),
    }),
  ],
})
