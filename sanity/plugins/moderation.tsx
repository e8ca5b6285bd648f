import { CommentIcon } from '@sanity/icons/Comment'
import { definePlugin } from 'sanity'

import { moderationPath } from '@/lib/routes'

/**
 * The site's moderation queue inside the Studio: the /moderation pages in a frame on the same
 * origin, so moderators sign in and act exactly as on the site (one set of pages, one session).
 */
export function ModerationTool() {
  return (
    <iframe
      src={moderationPath()}
      title="Moderation queue"
      style={{ display: 'block', flex: 1, width: '100%', height: '100%', border: 0 }}
    />
  )
}

export const moderation = definePlugin({
  name: 'drama-review-moderation',
  tools: [{ name: 'moderation', title: 'Moderation', icon: CommentIcon, component: ModerationTool }],
})
