import { ClipboardIcon } from '@sanity/icons/Clipboard'
import { Box, Button, Card, Container, Flex, Heading, Spinner, Stack, Text } from '@sanity/ui'
import { useEffect, useMemo, useState } from 'react'
import { definePlugin, getPublishedId, useClient, useWorkspace, type SanityClient, type Workspace } from 'sanity'
import { useRouter } from 'sanity/router'
import { studioQueryApiVersion } from '../apiVersion'
import { editorialBadges } from '../editorial/badges'
import { OpenOnSiteAction, ROUTABLE_TYPES } from '../editorial/openOnSite'
import {
  findValidationProblems,
  loadEditorialStatus,
  statusSections,
  type EditorialStatusLists,
  type StatusRow,
  type StatusSection,
  type ValidationProblem,
} from '../editorial/statusData'

type Loaded<T> = { state: 'loading' } | { state: 'done'; value: T } | { state: 'failed'; message: string }

/** Puts a promise's outcome into state; the returned cleanup drops an answer that arrives after unmount. */
function track<T>(promise: Promise<T>, set: (loaded: Loaded<T>) => void): () => void {
  let current = true
  promise.then(
    (value) => current && set({ state: 'done', value }),
    (error: Error) => current && set({ state: 'failed', message: error.message }),
  )
  return () => {
    current = false
  }
}

function SectionList({ section, onOpen }: { section: StatusSection; onOpen: (row: StatusRow) => void }) {
  return (
    <Card as="section" padding={3} radius={2} border aria-labelledby={`status-${section.id}`}>
      <Stack space={3}>
        <Heading as="h2" size={1} id={`status-${section.id}`}>
          {section.title} ({section.rows.length})
        </Heading>
        {section.rows.length === 0 ? (
          <Text size={1} muted>
            {section.whenEmpty}
          </Text>
        ) : (
          <Stack as="ul" space={1} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {section.rows.map((row) => (
              <li key={row._id}>
                <Button mode="bleed" width="fill" justify="flex-start" onClick={() => onOpen(row)} padding={2}>
                  <Stack space={2}>
                    <Text size={1} weight="medium">
                      {row.title}
                    </Text>
                    <Text size={1} muted>
                      {row.detail}
                    </Text>
                  </Stack>
                </Button>
              </li>
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  )
}

export interface EditorialStatusViewProps {
  /** Reads the raw perspective: drafts beside published documents. */
  client: SanityClient
  workspace: Workspace
  now: Date
  onOpen: (row: StatusRow) => void
}

/** The lists, from the Studio's client and its own validation; separate from the hooks so tests can render it. */
export function EditorialStatusView(props: EditorialStatusViewProps) {
  const [round, setRound] = useState(0)
  return (
    <Container width={2} padding={4} style={{ overflow: 'auto', height: '100%' }}>
      <Stack space={4}>
        <Flex align="center" gap={3}>
          <Box flex={1}>
            <Heading as="h1" size={2}>
              Editorial status
            </Heading>
          </Box>
          <Button text="Refresh" mode="ghost" onClick={() => setRound((value) => value + 1)} />
        </Flex>
        {/* A new key starts the lists over: Refresh reads everything again. */}
        <StatusLists key={round} {...props} />
      </Stack>
    </Container>
  )
}

function StatusLists({ client, workspace, now, onOpen }: EditorialStatusViewProps) {
  const [lists, setLists] = useState<Loaded<EditorialStatusLists>>({ state: 'loading' })
  const [validation, setValidation] = useState<Loaded<ValidationProblem[]>>({ state: 'loading' })
  useEffect(() => track(loadEditorialStatus(client, now), setLists), [client, now])
  // Validation runs every rule on every document: slower, so it fills in after the lists.
  useEffect(() => track(findValidationProblems(client, workspace), setValidation), [client, workspace])

  return (
    <>
      {lists.state === 'loading' && <Spinner muted />}
      {lists.state === 'failed' && (
        <Card tone="critical" padding={3} radius={2} role="alert">
          <Text size={1}>Could not load the lists: {lists.message}</Text>
        </Card>
      )}
      {lists.state === 'done' &&
        statusSections(lists.value, validation.state === 'done' ? validation.value : null).map((section) => (
          <SectionList key={section.id} section={section} onOpen={onOpen} />
        ))}
      {validation.state === 'loading' && (
        <Text size={1} muted>
          Checking every document against the Studio’s rules…
        </Text>
      )}
      {validation.state === 'failed' && (
        <Card tone="critical" padding={3} radius={2} role="alert">
          <Text size={1}>Could not run validation: {validation.message}</Text>
        </Card>
      )}
    </>
  )
}

export function EditorialStatusTool() {
  const studioClient = useClient({ apiVersion: studioQueryApiVersion })
  const client = useMemo(() => studioClient.withConfig({ perspective: 'raw' }), [studioClient])
  const workspace = useWorkspace()
  const { navigateIntent } = useRouter()
  const now = useMemo(() => new Date(), [])
  return (
    <EditorialStatusView
      client={client}
      workspace={workspace}
      now={now}
      onOpen={(row) => navigateIntent('edit', { id: getPublishedId(row._id), type: row._type })}
    />
  )
}

/** The "Editorial status" tool, the badges for the same conditions and "Open on site". */
export const editorialStatus = definePlugin({
  name: 'drama-review-editorial-status',
  tools: [{ name: 'editorial-status', title: 'Editorial status', icon: ClipboardIcon, component: EditorialStatusTool }],
  document: {
    badges: (previous) => [...previous, ...editorialBadges],
    actions: (previous, { schemaType }) =>
      ROUTABLE_TYPES.includes(schemaType) ? [...previous, OpenOnSiteAction] : previous,
  },
})
