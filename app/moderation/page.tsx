import Link from 'next/link'

import { ModeratorFrame, SignedOut } from '@/components/moderation/ModeratorFrame'
import { QueueList } from '@/components/moderation/QueueList'
import { linkClass } from '@/components/moderation/styles'
import { requestAccess } from '@/lib/moderation/access'
import { getModerationService } from '@/lib/reactions/moderation-service'
import { moderationPath } from '@/lib/routes'
import { MODERATION_QUEUES, type ModerationQueue } from '@/lib/reactions/types'

const tabs: Record<ModerationQueue, { title: string; empty: string }> = {
  pending: { title: 'Pending', empty: 'Nothing is waiting for a moderator.' },
  reported: { title: 'Reported', empty: 'No item has open reports.' },
  recent: { title: 'Recently published', empty: 'Nothing has been published yet.' },
}

function queueOf(view: string | string[] | undefined): ModerationQueue {
  return MODERATION_QUEUES.find((queue) => queue === view) ?? 'pending'
}

export default async function ModerationQueuePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const path = moderationPath()
  const { view } = await searchParams
  const queue = queueOf(view)
  const access = await requestAccess()
  if (access.state !== 'signed-in') {
    return <SignedOut access={access} returnTo={view === undefined ? path : `${path}?view=${queue}`} />
  }
  const items = await (await getModerationService()).queue(queue)
  return (
    <ModeratorFrame access={access} current="queue" path={path}>
      <h1 className="mb-4 font-serif text-3xl font-semibold">Moderation queue</h1>
      <nav aria-label="Queues" className="mb-6">
        <ul className="flex gap-4 border-b border-rule">
          {MODERATION_QUEUES.map((tab) => (
            <li key={tab}>
              <Link
                href={`${path}?view=${tab}`}
                aria-current={tab === queue ? 'page' : undefined}
                className={`${linkClass} inline-block pb-2 aria-[current=page]:font-semibold`}
              >
                {tabs[tab].title}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-label={tabs[queue].title}>
        <QueueList items={items} empty={tabs[queue].empty} />
      </section>
    </ModeratorFrame>
  )
}
