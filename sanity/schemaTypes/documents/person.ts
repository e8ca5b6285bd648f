import { UserIcon } from '@sanity/icons/User'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { AliasesInput } from '../../inputs/AliasesInput'
import { imageField } from '../fields/imageField'
import { slugField } from '../fields/slugField'

export const OCCUPATIONS = [
  { title: 'Actor', value: 'actor' },
  { title: 'Director', value: 'director' },
  { title: 'Writer', value: 'writer' },
  { title: 'Author', value: 'author' },
  { title: 'Producer', value: 'producer' },
  { title: 'Composer', value: 'composer' },
]

/** Anyone credited: cast, directors, writers, authors. Credits come from the documents that point here. */
export const person = defineType({
  name: 'person',
  title: 'Person',
  type: 'document',
  icon: UserIcon,
  fields: [
    defineField({
      name: 'name',
      title: 'Name',
      type: 'string',
      description: 'The romanization this site uses everywhere. Put other spellings under "Also known as".',
      validation: (rule) => rule.required().error('Give the person\u2019s name as the site spells it.'),
    }),
    defineField({ name: 'nativeName', title: 'Name in native script', type: 'string', description: 'e.g. 남윤수' }),
    slugField({ source: 'name', pagedList: '/people' }),
    defineField({
      name: 'aliases',
      title: 'Also known as',
      type: 'array',
      description:
        'Spellings readers search for that the site cannot work out: press spellings such as Park, Kim, Lee or ' +
        'Yoon for 박, 김, 이, 윤, other romanizations (e.g. "Nam Yoon-soo") and stage names. The name with or ' +
        'without hyphens and spaces and the official romanization of the native name, whole or given name ' +
        'alone, are found already: they are listed below the field.',
      of: [defineArrayMember({ type: 'string' })],
      options: { layout: 'tags' },
      components: { input: AliasesInput },
      validation: (rule) => rule.unique().error('Each spelling is listed once.'),
    }),
    defineField({
      name: 'occupations',
      title: 'Occupations',
      type: 'array',
      of: [defineArrayMember({ type: 'string' })],
      options: { list: OCCUPATIONS },
    }),
    defineField({
      name: 'birthDate',
      title: 'Birth date',
      type: 'date',
      validation: (rule) =>
        rule.max(new Date().toISOString().slice(0, 10)).error('A birth date cannot be in the future.'),
    }),
    imageField('photo', 'Photo', { caption: false }),
    defineField({ name: 'bio', title: 'Biography', type: 'blockContent' }),
  ],
  orderings: [{ title: 'Name', name: 'nameAsc', by: [{ field: 'name', direction: 'asc' }] }],
  preview: {
    select: { name: 'name', nativeName: 'nativeName', birthDate: 'birthDate', media: 'photo' },
    prepare: ({ name, nativeName, birthDate, media }) => ({
      title: name,
      subtitle: [nativeName, typeof birthDate === 'string' ? `born ${birthDate.slice(0, 4)}` : undefined]
        .filter(Boolean)
        .join(' · '),
      media,
    }),
  },
})
