// The floor of the mobile-speed goals: an App Router page with nothing of the site's (no stylesheet,
// fonts, frame or scripts of its own), built with the same install and served by `next start`.
export const metadata = { title: 'Floor', description: 'A bare App Router page: the benchmark floor.' }

export default function FloorLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
