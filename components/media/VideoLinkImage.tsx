import type { ReactNode } from 'react'

import { videoLinkTarget } from '@/lib/video-link'

/**
 * A picture that opens the video it stands for, marked with a play button and named "Watch … on
 * YouTube". Without a valid video it stays a plain picture, with no play button.
 */
export function VideoLinkImage({
  video,
  children,
}: {
  video: { title?: string | null; url?: string | null } | null | undefined
  children: ReactNode
}) {
  const target = videoLinkTarget(video?.url)
  if (!target || !video?.title) return children
  const name = `Watch ${video.title} on ${target.site}`
  // The name replaces the picture's alt text, which describes the picture rather than what the link opens.
  return (
    <a href={target.href} aria-label={name} className="group relative block overflow-hidden rounded-md no-underline">
      {children}
      <span aria-hidden className="absolute inset-0 grid place-items-center">
        <svg
          viewBox="0 0 64 64"
          className="size-16 drop-shadow-md transition-transform group-hover:scale-110 sm:size-20"
        >
          <circle cx="32" cy="32" r="31" fill="rgb(0 0 0 / 0.6)" stroke="#fff" strokeWidth="2" />
          <path d="M26 20v24l19-12z" fill="#fff" />
        </svg>
      </span>
      <span aria-hidden className="absolute inset-x-0 bottom-0 bg-black/70 px-4 py-2 text-sm font-semibold text-white">
        {name}
      </span>
    </a>
  )
}
