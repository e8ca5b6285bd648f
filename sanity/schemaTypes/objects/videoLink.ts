import { PlayIcon } from '@sanity/icons/Play'
import { defineField, defineType } from 'sanity'
import { videoLinkProblem } from '../../validation/links'

/** A video the page points to, such as a trailer on YouTube: the main image becomes a link that opens it. */
export const videoLink = defineType({
  name: 'videoLink',
  title: 'Video link',
  type: 'object',
  icon: PlayIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'What it is',
      type: 'string',
      description: 'Read after "Watch", e.g. "the main trailer" gives "Watch the main trailer on YouTube".',
      validation: (rule) => rule.required().error('Say what the video is, e.g. "the main trailer".'),
    }),
    defineField({
      name: 'url',
      title: 'Address',
      type: 'string',
      placeholder: 'https://www.youtube.com/watch?v=…',
      validation: (rule) => [
        rule.required().error('Enter the address of the video (https://…).'),
        rule.custom(videoLinkProblem),
      ],
    }),
  ],
  preview: { select: { title: 'title', subtitle: 'url' } },
})
