import { defineField } from 'sanity'
import type { ListPath } from '@/lib/routes'
import { slugIsNotListPageSegment } from '../../validation/reservedSlug'
import { slugFormatProblem, slugIsUniqueForType } from '../../validation/uniqueSlug'

/**
 * The page-address field every routable document has: required, well formed, unique per type.
 * `pagedList` names the paged list whose pages share the documents' address prefix.
 */
export function slugField(options: { source?: string; group?: string; pagedList?: ListPath } = {}) {
  return defineField({
    name: 'slug',
    title: 'Slug',
    type: 'slug',
    group: options.group,
    description:
      'The last part of the page address. Generate it from the title, then leave it alone once published: changing ' +
      'it breaks links.',
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
      ...(options.pagedList ? [rule.custom(slugIsNotListPageSegment(options.pagedList))] : []),
    ],
  })
}
