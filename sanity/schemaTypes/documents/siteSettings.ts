import { CogIcon } from '@sanity/icons/Cog'
import { defineArrayMember, defineField, defineType } from 'sanity'

/** The one settings document (`_id: "siteSettings"`); the Studio offers no way to make another. */
export const siteSettings = defineType({
  name: 'siteSettings',
  title: 'Site settings',
  type: 'document',
  icon: CogIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Site title',
      type: 'string',
      validation: (rule) => rule.required().error('The site needs a title: it appears in every browser tab.'),
    }),
    defineField({
      name: 'description',
      title: 'Description',
      type: 'text',
      rows: 2,
      description: 'Used by search engines and link previews when a page has no description of its own.',
      validation: (rule) => rule.max(200).warning('Search engines show about 160 characters.'),
    }),
    defineField({
      name: 'navigation',
      title: 'Main navigation',
      type: 'array',
      of: [defineArrayMember({ type: 'navItem' })],
    }),
  ],
  preview: { prepare: () => ({ title: 'Site settings' }) },
})
