import { defineField, type StringRule } from 'sanity'
import { revealsUpToFitsSeries } from '../../validation/spoilerMarkers'
import { episodeNumberRules } from './episodeNumberRules'

interface FieldPlacement {
  name: string
  title?: string
  description: string
  group?: string
  fieldset?: string
}

/**
 * "Reveals up to episode": the last episode whose plot a text gives away. Readers whose spoiler
 * shield is set to an earlier episode see the spoiler-free version (or a neutral note) instead.
 */
export function revealsUpToField({
  name,
  title = 'Reveals up to episode',
  description,
  group,
  fieldset,
}: FieldPlacement) {
  return defineField({
    name,
    title,
    type: 'number',
    description,
    group,
    fieldset,
    validation: (rule) => [...episodeNumberRules(rule, 'The episode it reveals'), rule.custom(revealsUpToFitsSeries)],
  })
}

/** What readers who are behind see in place of a marked text. Optional: without it they get a neutral note. */
export function spoilerFreeField({
  name,
  title,
  description,
  group,
  fieldset,
  type = 'string',
  max,
}: FieldPlacement & { title: string; type?: 'string' | 'text'; max?: number }) {
  const validation = (rule: StringRule) =>
    max
      ? rule.max(max).warning(`Keep the spoiler-free version under ${max} characters, like the text it stands in for.`)
      : rule
  return type === 'text'
    ? defineField({ name, title, type: 'text', rows: 2, description, group, fieldset, validation })
    : defineField({ name, title, type: 'string', description, group, fieldset, validation })
}

export const SPOILER_FREE_HELP =
  'Shown instead to readers who have not reached that episode. Leave empty to show "hidden by your spoiler shield".'
