import { defineField } from 'sanity'
import { slugFormatProblem, slugIsUniqueForType } from '../../validation/uniqueSlug'

/** The page-address field every routable document has: required, well formed, unique per type. */
export function slugField(options: { source?: string; group?: string } = {}) {
  return defineField({
    name: 'slug',
    title: 'Slug',
    type: 'slug',
    group: options.group,
    description: 'The last part of the page address. Generate it from the title, then leave it alone once published: changing it breaks links.',
    options: {
      source: options.source ?? 'title',
      maxLength: 96,
      // Uniqueness is checked by slugIsUniqueForType below, which names the clashing document.
      isUnique: () => true,
    },
    validation: (rule) => [
      rule.required().error('A slug is required: it becomes the page address. Click "Generate".'),
      rule.custom(slugFormatProblem),
      rule.custom(slugIsUniqueForType),
    ],
  })
}
