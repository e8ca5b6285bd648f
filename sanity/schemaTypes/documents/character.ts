import { FaceHappyIcon } from '@sanity/icons/FaceHappy'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { characterLabel } from '@/lib/cast'
import { AliasesInput } from '../../inputs/AliasesInput'
import { markerAdvisedWhileAiring, siblingMarker } from '../../validation/spoilerMarkers'
import { revealsUpToField, SPOILER_FREE_HELP, spoilerFreeField } from '../fields/spoilerSafety'

export const BILLINGS = [
  { title: 'Lead', value: 'lead' },
  { title: 'Main', value: 'main' },
  { title: 'Supporting', value: 'supporting' },
  { title: 'Guest', value: 'guest' },
]

type CreditFields = { name?: string; playedBy?: { _ref?: string } } | undefined

/** A credit without a character is a cast member whose role is not announced: it must name the actor. */
function namedOrCredited(name: string | undefined, context: { document?: unknown }): true | string {
  if (name || (context.document as CreditFields)?.playedBy?._ref) return true
  return 'Give the character\u2019s name as the site spells it, or, if the role is not announced, who plays them.'
}

/** A named role has a billing; one not yet announced may have none. The list checks the value itself. */
function billedWhenNamed(billing: string | undefined, context: { document?: unknown }): true | string {
  return billing || !(context.document as CreditFields)?.name ? true : 'A named role needs its billing.'
}

export const character = defineType({
  name: 'character',
  title: 'Character',
  type: 'document',
  icon: FaceHappyIcon,
  fields: [
    defineField({
      name: 'name',
      title: 'Name',
      type: 'string',
      description: 'Leave empty for a cast member whose role has not been announced (pick them in "Played by").',
      validation: (rule) => rule.custom(namedOrCredited),
    }),
    defineField({
      name: 'aliases',
      title: 'Also known as',
      type: 'array',
      description:
        'Nicknames and spellings readers search for that the name does not give: the name in Hangul (e.g. ' +
        '"고영", which also gives "Go Yeong"), press spellings such as Park, Kim, Lee or Yoon, and the given ' +
        'name alone with a hyphen or space ("Mi-ae"). The spellings the name gives are listed below the field.',
      of: [defineArrayMember({ type: 'string' })],
      options: { layout: 'tags' },
      components: { input: AliasesInput },
      validation: (rule) => rule.unique().error('Each spelling is listed once.'),
    }),
    defineField({
      name: 'series',
      title: 'Series',
      type: 'reference',
      to: [{ type: 'series' }],
      validation: (rule) => rule.required().error('Which series is this character in?'),
    }),
    defineField({ name: 'playedBy', title: 'Played by', type: 'reference', to: [{ type: 'person' }] }),
    defineField({
      name: 'billing',
      title: 'Billing',
      type: 'string',
      options: { list: BILLINGS, layout: 'radio', direction: 'horizontal' },
      validation: (rule) => rule.custom(billedWhenNamed).error('Is this a lead, main, supporting or guest role?'),
    }),
    defineField({
      name: 'order',
      title: 'Order within billing',
      type: 'number',
      description: 'Lower numbers are listed first.',
      validation: (rule) => rule.integer().min(0).error('Use a whole number from 0 up.'),
    }),
    defineField({
      name: 'description',
      title: 'Description',
      type: 'text',
      rows: 4,
      fieldset: 'description',
      validation: (rule) =>
        rule.custom(markerAdvisedWhileAiring(siblingMarker('descriptionRevealsUpTo'), 'description')).warning(),
    }),
    revealsUpToField({
      name: 'descriptionRevealsUpTo',
      fieldset: 'description',
      description:
        'The last episode whose plot the description gives away (a turn in the character\u2019s story, a death, a ' +
        'secret). Leave empty if it reveals nothing.',
    }),
    spoilerFreeField({
      name: 'spoilerFreeDescription',
      title: 'Spoiler-free description',
      type: 'text',
      fieldset: 'description',
      description: `The character as readers first meet them, e.g. as of episode 1. ${SPOILER_FREE_HELP}`,
    }),
  ],
  fieldsets: [{ name: 'description', title: 'Description', options: { collapsible: false } }],
  orderings: [
    {
      title: 'Billing order',
      name: 'billingOrder',
      by: [
        { field: 'order', direction: 'asc' },
        { field: 'name', direction: 'asc' },
      ],
    },
  ],
  preview: {
    select: { name: 'name', actor: 'playedBy.name', billing: 'billing', seriesTitle: 'series.title' },
    prepare: ({ name, actor, billing, seriesTitle }) => ({
      title: characterLabel(name),
      subtitle: [
        actor ? `played by ${actor}` : undefined,
        BILLINGS.find((option) => option.value === billing)?.title,
        seriesTitle,
      ]
        .filter(Boolean)
        .join(' · '),
    }),
  },
})
