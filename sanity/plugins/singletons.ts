import { definePlugin, type DocumentActionComponent } from 'sanity'

/** Actions a singleton keeps: editing and publishing, never creating a copy or removing it. */
const SINGLETON_ACTIONS = new Set<DocumentActionComponent['action']>(['publish', 'discardChanges', 'restore'])

/**
 * Documents that exist exactly once under a fixed id (site settings). Hides them from every
 * "create new" menu and removes duplicate, delete and unpublish, so the site never loses them.
 */
export const singletons = definePlugin<{ types: readonly string[] }>(({ types }) => {
  const isSingleton = (schemaType: string) => types.includes(schemaType)
  return {
    name: 'drama-review-singletons',
    schema: {
      templates: (templates) => templates.filter((template) => !isSingleton(template.schemaType)),
    },
    document: {
      newDocumentOptions: (options) => options.filter((option) => !isSingleton(option.templateId)),
      actions: (actions, { schemaType }) =>
        isSingleton(schemaType) ? actions.filter((action) => SINGLETON_ACTIONS.has(action.action)) : actions,
    },
  }
})
