/**
 * What a GROQ query reads, found in its syntax tree rather than listed by hand: the document types
 * its `*[...]` filters select, and per type the fields those filters and their `order()` look at.
 * A created, deleted or re-listed document of such a type can change the result even when it was
 * not in it; an edit to any other field only changes results that contain the document itself.
 */
import { type ExprNode, parse } from 'groq-js'

export interface QueryReads {
  /** Types selected by a `*[_type == ...]` filter. */
  types: readonly string[]
  /** True when some `*[...]` filter does not pin the type: every type can change the result. */
  anyType: boolean
  /** Per selected type, the top-level fields its filters and orderings depend on. */
  listingFields: Readonly<Record<string, readonly string[]>>
}

type Node = ExprNode & Record<string, unknown>

function children(node: Node): Node[] {
  const found: Node[] = []
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) {
      for (const item of value) if (item && typeof item === 'object' && 'type' in item) found.push(item as Node)
    } else if (value && typeof value === 'object' && 'type' in value) {
      found.push(value as Node)
    }
  }
  return found
}

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node)
  for (const child of children(node)) walk(child, visit)
}

/** `slug.current` → `slug`, `directors[]._ref` → `directors`; null for `^._id`, `$param` and the like. */
function rootField(node: Node): string | null {
  let current: Node = node
  while (current.base && typeof current.base === 'object') current = current.base as Node
  if (current.type !== 'AccessAttribute') return null
  return String(current.name)
}

/** Stands for every field: `references()` looks at every reference a document holds. */
export const EVERY_FIELD = '*'

function fieldsIn(expr: Node): string[] {
  const fields = new Set<string>()
  walk(expr, (node) => {
    if (node.type === 'FuncCall' && node.name === 'references') fields.add(EVERY_FIELD)
    if (node.type !== 'AccessAttribute') return
    const field = rootField(node)
    // System fields never change on an existing document (`_type`, `_id`) or are not fields (`_ref`).
    if (field && !field.startsWith('_')) fields.add(field)
  })
  return [...fields]
}

function isTypeAttribute(node: Node | undefined): boolean {
  return node?.type === 'AccessAttribute' && node.name === '_type' && !node.base
}

function typesIn(expr: Node): string[] {
  const types: string[] = []
  walk(expr, (node) => {
    if (node.type !== 'OpCall') return
    const left = node.left as Node
    const right = node.right as Node
    if (node.op === '==' && isTypeAttribute(left) && right.type === 'Value') types.push(String(right.value))
    if (node.op === '==' && isTypeAttribute(right) && left.type === 'Value') types.push(String(left.value))
    if (node.op === 'in' && isTypeAttribute(left) && right.type === 'Array') {
      for (const element of right.elements as unknown as Node[]) {
        const value = element.value as Node
        if (value.type === 'Value') types.push(String(value.value))
      }
    }
  })
  return types
}

function isDocumentFilter(node: Node): boolean {
  return node.type === 'Filter' && (node.base as Node).type === 'Everything'
}

// groq-js needs slice bounds as constants when parsing; any number will do to read the tree.
function parseForReading(query: string): Node {
  try {
    return parse(query) as Node
  } catch (error) {
    const names = [...new Set([...query.matchAll(/\$([A-Za-z_]\w*)/g)].map((match) => match[1]!))]
    if (names.length === 0) throw error
    return parse(query, { params: Object.fromEntries(names.map((name) => [name, 0])) }) as Node
  }
}

const analysed = new Map<string, QueryReads>()

export function queryReads(query: string): QueryReads {
  const known = analysed.get(query)
  if (known) return known

  const types = new Set<string>()
  const listingFields = new Map<string, Set<string>>()
  let anyType = false
  const addFields = (filterTypes: string[], fields: string[]) => {
    for (const type of filterTypes) {
      const set = listingFields.get(type) ?? new Set<string>()
      for (const field of fields) set.add(field)
      listingFields.set(type, set)
    }
  }
  const typesOfFilter = new Map<Node, string[]>()

  walk(parseForReading(query), (node) => {
    if (isDocumentFilter(node)) {
      const expr = node.expr as Node
      const filterTypes = typesIn(expr)
      if (filterTypes.length === 0) anyType = true
      for (const type of filterTypes) types.add(type)
      typesOfFilter.set(node, filterTypes)
      addFields(filterTypes, fieldsIn(expr))
    }
    // `*[...] | order(field)`: reordering moves documents across page and slice boundaries.
    if (node.type === 'PipeFuncCall' && node.name === 'order' && isDocumentFilter(node.base as Node)) {
      const base = node.base as Node
      const filterTypes = typesOfFilter.get(base) ?? typesIn(base.expr as Node)
      addFields(
        filterTypes,
        (node.args as Node[]).flatMap((arg) => fieldsIn(arg)),
      )
    }
  })

  const reads: QueryReads = {
    types: [...types].sort(),
    anyType,
    listingFields: Object.fromEntries(
      [...listingFields].sort(([a], [b]) => a.localeCompare(b)).map(([type, fields]) => [type, [...fields].sort()]),
    ),
  }
  analysed.set(query, reads)
  return reads
}

/** The union of listing fields over many queries: what a change must touch to re-list a document. */
export function listingFieldsByType(queries: Iterable<string>): Record<string, string[]> {
  const merged = new Map<string, Set<string>>()
  for (const query of queries) {
    for (const [type, fields] of Object.entries(queryReads(query).listingFields)) {
      const set = merged.get(type) ?? new Set<string>()
      for (const field of fields) set.add(field)
      merged.set(type, set)
    }
  }
  return Object.fromEntries(
    [...merged].sort(([a], [b]) => a.localeCompare(b)).map(([type, fields]) => [type, [...fields].sort()]),
  )
}
