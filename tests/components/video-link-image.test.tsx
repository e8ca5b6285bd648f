// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'

import { VideoLinkImage } from '@/components/media/VideoLinkImage'
import { videoLinkTarget } from '@/lib/video-link'

import { render } from './render'

// A plain <img> stands for whatever picture the page passes in.
// eslint-disable-next-line @next/next/no-img-element
const picture = <img src="/trailer.svg" alt="A night skyline" />

function renderWith(video: { title?: string | null; url?: string | null } | null) {
  return render(<VideoLinkImage video={video}>{picture}</VideoLinkImage>).doc
}

describe('a news picture with a video', () => {
  it('is a link that opens the video, named for what it opens, with a play button', () => {
    const doc = renderWith({ title: 'the main trailer', url: 'https://www.youtube.com/watch?v=abc123' })
    const link = doc.querySelector('a')!
    expect(link.getAttribute('href')).toBe('https://www.youtube.com/watch?v=abc123')
    expect(link.getAttribute('aria-label')).toBe('Watch the main trailer on YouTube')
    expect(link.textContent).toBe('Watch the main trailer on YouTube')
    expect(link.querySelector('img')).not.toBeNull()
    expect(link.querySelector('svg path')).not.toBeNull()
  })

  it('without a video, or with one that is not a safe https address, is the plain picture with no play button', () => {
    for (const video of [
      null,
      { title: 'the main trailer', url: 'javascript:alert(1)' },
      { url: 'https://vimeo.com/1' },
    ]) {
      const doc = renderWith(video)
      expect(doc.querySelector('a')).toBeNull()
      expect(doc.querySelector('svg')).toBeNull()
      expect(doc.querySelector('img')?.parentElement).toBe(doc.body)
      expect(doc.querySelector('img')?.getAttribute('alt')).toBe('A night skyline')
    }
  })
})

describe('videoLinkTarget', () => {
  it('names the sites readers know and falls back to the host', () => {
    expect(videoLinkTarget('https://youtu.be/abc123')?.site).toBe('YouTube')
    expect(videoLinkTarget('https://m.youtube.com/watch?v=abc123')?.site).toBe('YouTube')
    expect(videoLinkTarget('https://vimeo.com/12345')?.site).toBe('Vimeo')
    expect(videoLinkTarget('https://www.tving.com/contents/P001')?.site).toBe('tving.com')
  })

  it('accepts https only', () => {
    expect(videoLinkTarget('http://www.youtube.com/watch?v=abc123')).toBeNull()
    expect(videoLinkTarget('https://user:pw@vimeo.com/1')).toBeNull()
  })
})
