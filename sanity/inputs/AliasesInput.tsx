import { Card, Stack, Text } from '@sanity/ui'
import { useMemo } from 'react'
import { useFormValue, type ArrayOfPrimitivesInputProps } from 'sanity'
import { aliasCoverage, type AliasCoverage } from '@/lib/search/alias-coverage'

const asText = (value: unknown) => (typeof value === 'string' ? value : undefined)

/** The forms the site search already finds the document's name by, and the aliases that add nothing to them. */
export function AliasCoverageNote({ coverage }: { coverage: AliasCoverage }) {
  const { generated, redundant } = coverage
  if (generated.length === 0 && redundant.length === 0) {
    return (
      <Text size={1} muted>
        Fill in the name to see the spellings readers already find it by.
      </Text>
    )
  }
  return (
    <Stack space={3}>
      {generated.length > 0 && (
        <Card padding={3} radius={2} tone="transparent" border>
          <Stack space={3}>
            <Text size={1} weight="medium">
              Readers already find this name by:
            </Text>
            <Stack as="ul" space={2} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {generated.map(({ written, forms }) => (
                <Text as="li" key={written} size={1} muted>
                  <strong>{written}</strong>: {forms.join(' · ')}
                </Text>
              ))}
            </Stack>
          </Stack>
        </Card>
      )}
      {redundant.length > 0 && (
        <Card padding={3} radius={2} tone="caution" border>
          <Stack as="ul" space={2} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {redundant.map(({ alias, coveredBy }) => (
              <Text as="li" key={alias} size={1}>
                “{alias}” adds nothing new: readers already find every form of it through “{coveredBy}”.
              </Text>
            ))}
          </Stack>
        </Card>
      )}
    </Stack>
  )
}

/**
 * "Also known as" on people and characters: the usual tags input, with the spellings the search
 * generates from the name and native name beside it, so editors add only what it cannot guess.
 */
export function AliasesInput(props: ArrayOfPrimitivesInputProps) {
  const name = asText(useFormValue(['name']))
  const nativeName = asText(useFormValue(['nativeName']))
  const { value: aliases } = props
  const coverage = useMemo(() => aliasCoverage({ name, nativeName, aliases }), [name, nativeName, aliases])
  return (
    <Stack space={3}>
      {props.renderDefault(props)}
      <AliasCoverageNote coverage={coverage} />
    </Stack>
  )
}
