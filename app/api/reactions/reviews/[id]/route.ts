import { ownPostRoutes } from '@/lib/reactions/post-routes'

/** The author changes (the fields sent are replaced) or deletes their review within 15 minutes of posting. */
export const { PATCH, DELETE } = ownPostRoutes('review', {
  edit: (service, id, input, writer) => service.editReview(id, input, writer),
  remove: (service, id, writer) => service.deleteReview(id, writer),
})
