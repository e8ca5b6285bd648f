/** /moderation without MODERATION_SECRET: how to open it, and nothing else. */
export function ModerationSetupNotice() {
  return (
    <section aria-labelledby="moderation-closed">
      <h1 id="moderation-closed" className="mb-4 font-serif text-3xl font-semibold">
        Moderation is closed
      </h1>
      <p>
        Moderators sign in with a shared secret, and this server has none. Set the environment variable{' '}
        <code>MODERATION_SECRET</code> to a random value of at least 16 characters, for example in{' '}
        <code>.env.local</code>:
      </p>
      <pre className="my-4 overflow-x-auto rounded bg-neutral-900 px-3 py-2 text-sm text-neutral-50">
        <code>MODERATION_SECRET=$(openssl rand -base64 32)</code>
      </pre>
      <p>Then restart the site and sign in here with that secret. Share it only with moderators.</p>
    </section>
  )
}
