import { defineField } from 'sanity'

const ALT_DESCRIPTION =
  'What the image shows, for readers who cannot see it and for search engines. Describe it, do not caption it.'

/** Alt and caption fields for every image: alt text is required wherever an image is used. */
export function imageDetailFields(options: { caption?: boolean } = {}) {
  const alt = defineField({
    name: 'alt',
    title: 'Alternative text',
    type: 'string',
    description: ALT_DESCRIPTION,
    validation: (rule) => [
      rule.required().error('Describe the image for readers who cannot see it (alternative text).'),
      rule.max(200).warning('Keep alternative text under 200 characters; put longer explanations in the caption.'),
    ],
  })
  if (options.caption === false) return [alt]
  return [
    alt,
    defineField({ name: 'caption', title: 'Caption', type: 'string', description: 'Shown under the image.' }),
  ]
}

/** An image field with hotspot cropping and the alt text the site needs. */
export function imageField(
  name: string,
  title: string,
  options: { caption?: boolean; description?: string; group?: string } = {},
) {
  return defineField({
    name,
    title,
    type: 'image',
    group: options.group,
    description: options.description,
    options: { hotspot: true },
    fields: imageDetailFields(options),
  })
}
