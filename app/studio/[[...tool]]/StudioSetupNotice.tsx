import Link from 'next/link'

const steps: { title: string; command?: string; detail: string }[] = [
  {
    title: 'Create a Sanity project',
    command: 'npx sanity@latest init --env',
    detail: 'Sign in, create a project and a dataset; the command writes the project id and dataset to .env.local.',
  },
  {
    title: 'Check the variables',
    detail:
      'NEXT_PUBLIC_SANITY_PROJECT_ID and NEXT_PUBLIC_SANITY_DATASET in .env.local; add SANITY_API_READ_TOKEN (a ' +
      'Viewer token) for draft preview. Every variable is explained in .env.example.',
  },
  {
    title: 'Import the bundled dataset',
    command: 'npm run seed',
    detail:
      'Uploads the sample series, episodes, people and reviews with their images, so the Studio opens on real content.',
  },
  {
    title: 'Restart the site',
    command: 'npm run dev',
    detail: 'Then open /studio again and sign in. The site now reads the Content Lake instead of the bundled dataset.',
  },
]

export function StudioSetupNotice() {
  return (
    <main id="main" className="mx-auto max-w-2xl px-5 py-16 font-sans leading-relaxed">
      <h1 className="mb-4 font-serif text-3xl font-semibold">The Studio needs a Sanity project</h1>
      <p>
        This site is running on its bundled dataset, which needs no account. Sanity Studio edits content in a Sanity
        project, and none is configured yet.
      </p>
      <ol className="my-8 list-decimal space-y-6 pl-6">
        {steps.map((step) => (
          <li key={step.title}>
            <h2 className="font-semibold">{step.title}</h2>
            {step.command ? (
              <pre className="my-2 overflow-x-auto rounded bg-neutral-900 px-3 py-2 text-sm text-neutral-50">
                <code>{step.command}</code>
              </pre>
            ) : null}
            <p>{step.detail}</p>
          </li>
        ))}
      </ol>
      <p>
        <Link className="underline underline-offset-4" href="/">
          Back to the site
        </Link>
      </p>
    </main>
  )
}
