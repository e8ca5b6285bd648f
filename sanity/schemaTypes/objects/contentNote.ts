import { WarningOutlineIcon } from '@sanity/icons/WarningOutline'
import { defineField, defineType } from 'sanity'

/** Topics readers may want to know about before watching. Values are stable ids the site relies on. */
export const CONTENT_NOTE_TOPICS = [
  { title: 'HIV', value: 'hiv' },
  { title: 'Homophobia', value: 'homophobia' },
  { title: 'Conversion therapy', value: 'conversion-therapy' },
  { title: 'Suicide or suicide attempt', value: 'suicide' },
  { title: 'Self-harm', value: 'self-harm' },
  { title: 'Sexual content', value: 'sexual-content' },
  { title: 'Substance use', value: 'substance-use' },
  { title: 'Family conflict', value: 'family-conflict' },
  { title: 'Violence', value: 'violence' },
  { title: 'Grief and loss', value: 'grief' },
]

export const contentNote = defineType({
  name: 'contentNote',
  title: 'Content note',
  type: 'object',
  icon: WarningOutlineIcon,
  fields: [
    defineField({
      name: 'topic',
      title: 'Topic',
      type: 'string',
      options: { list: CONTENT_NOTE_TOPICS },
      validation: (rule) => rule.required().error('Choose the topic this note is about.'),
    }),
    defineField({
      name: 'detail',
      title: 'Detail',
      type: 'string',
      description:
        'Optional, factual and calm, e.g. "A flashback to a suicide attempt". Shown only to readers who have ' +
        'reached this episode (or set no spoiler shield); the topic is shown to everyone.',
      validation: (rule) => rule.max(200).warning('Keep the detail to one short sentence.'),
    }),
  ],
  preview: {
    select: { topic: 'topic', detail: 'detail' },
    prepare: ({ topic, detail }) => ({
      title: CONTENT_NOTE_TOPICS.find((option) => option.value === topic)?.title ?? 'Content note',
      subtitle: detail,
    }),
  },
})
