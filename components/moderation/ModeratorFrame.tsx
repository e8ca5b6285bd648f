import Link from 'next/link'
import type { ReactNode } from 'react'

import { signOut } from '@/lib/moderation/actions'
import type { ModerationAccess } from '@/lib/moderation/access'
import { CSRF_FIELD } from '@/lib/moderation/session'
import { moderationPath } from '@/lib/routes'

import { ActionForm } from './ActionForm'
import { ModerationSetupNotice } from './ModerationSetupNotice'
import { SignInForm } from './SignInForm'
import { buttonClass, linkClass } from './styles'

export type SignedIn = Extract<ModerationAccess, { state: 'signed-in' }>

const sections = [
  { key: 'queue', title: 'Queue', href: moderationPath() },
  { key: 'blocks', title: 'Blocks', href: moderationPath('blocks') },
  { key: 'terms', title: 'Held terms', href: moderationPath('terms') },
] as const

/** What a moderation page shows to anyone not signed in: how to open moderation, or the sign-in. */
export function SignedOut({ access, returnTo }: { access: Exclude<ModerationAccess, SignedIn>; returnTo: string }) {
  return access.state === 'closed' ? <ModerationSetupNotice /> : <SignInForm returnTo={returnTo} />
}

/** The hidden field every moderation form carries: the CSRF token of this session. */
export function CsrfField({ access }: { access: SignedIn }) {
  return <input type="hidden" name={CSRF_FIELD} value={access.csrf} />
}

/** A signed-in moderation page: the sections, who is signed in, and signing out. */
export function ModeratorFrame({
  access,
  current,
  path,
  children,
}: {
  access: SignedIn
  current?: (typeof sections)[number]['key']
  /** This page's path, where its forms post without JavaScript. */
  path: string
  children: ReactNode
}) {
  return (
    <>
      <header className="mb-8 flex flex-wrap items-center justify-between gap-4 border-b border-rule pb-4">
        <nav aria-label="Moderation">
          <ul className="flex gap-4">
            {sections.map((section) => (
              <li key={section.key}>
                <Link
                  href={section.href}
                  aria-current={section.key === current ? 'page' : undefined}
                  className={`${linkClass} aria-[current=page]:font-semibold`}
                >
                  {section.title}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <ActionForm action={signOut} permalink={path} label="Sign out" className="flex items-center gap-3">
          <span className="text-sm text-ink-muted">Signed in as {access.session.name}</span>
          <CsrfField access={access} />
          <button type="submit" className={buttonClass}>
            Sign out
          </button>
        </ActionForm>
      </header>
      {children}
    </>
  )
}
