import { ownPostRoutes } from '@/lib/reactions/post-routes'

/** The author changes (the fields sent are replaced) or deletes their comment within 15 minutes of posting. */
export const { PATCH, DELETE } = ownPostRoutes('comment', {
  edit: (service, id, input, writer) => service.editComment(id, input, writer),
  remove: (service, id, writer) => service.deleteComment(id, writer),
})
