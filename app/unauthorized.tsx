import { AccessRefusedContent } from '@/components/layout/AccessRefusedContent'

/** unauthorized() where no nearer page answers it (the preview link has its own page). */
export default function Unauthorized() {
  return <AccessRefusedContent status={401} />
}
