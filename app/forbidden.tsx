import { AccessRefusedContent } from '@/components/layout/AccessRefusedContent'

/** forbidden() where no nearer page answers it. */
export default function Forbidden() {
  return <AccessRefusedContent status={403} />
}
