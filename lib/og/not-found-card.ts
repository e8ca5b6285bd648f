/** What an image route answers for a slug that has no published document. */
export function cardNotFound(): Response {
  return new Response('No published page here, so no share image.', {
    status: 404,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  })
}
