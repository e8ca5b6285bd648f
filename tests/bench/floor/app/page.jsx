export default function FloorPage() {
  return (
    <main>
      <h1>Floor</h1>
      <p>A bare page: what every reader page is measured against.</p>
    </main>
  )
}
