import Link from 'next/link'

import { PageContainer } from '@/components/layout/PageContainer'

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

/** What /studio shows until a Sanity project is configured, in the site's frame and type. */
export function StudioSetupNotice() {
  return (
    <PageContainer width="measure" className="py-12 sm:py-16">
      <p className="kicker">Studio</p>
      <h1 className="mt-2 text-4xl sm:text-5xl">The Studio needs a Sanity project</h1>
      <p className="mt-5 font-serif text-xl">
        This site is running on its bundled dataset, which needs no account. Sanity Studio edits content in a Sanity
        project, and none is configured yet. Four steps connect one:
      </p>
      <ol className="mt-10 space-y-8">
        {steps.map((step, index) => (
          <li key={step.title} className="grid grid-cols-[2.5rem_1fr] gap-x-3">
            <span aria-hidden className="font-serif text-3xl leading-none font-semibold text-accent">
              {index + 1}
            </span>
            <div className="space-y-2">
              <h2 className="text-xl">{step.title}</h2>
              {step.command ? (
                <pre className="overflow-x-auto rounded-md border border-rule bg-paper-raised px-4 py-3 text-sm">
                  <code>{step.command}</code>
                </pre>
              ) : null}
              <p>{step.detail}</p>
            </div>
          </li>
        ))}
      </ol>
      <p className="mt-12 border-t border-rule pt-6">
        <Link href="/" className="font-semibold text-accent">
          Back to the site
        </Link>
      </p>
    </PageContainer>
  )
}
