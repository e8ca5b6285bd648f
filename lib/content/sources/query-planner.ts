/**
 * Rewrites a parsed GROQ query so its `*[...]` filters read prepared document lists instead of
 * scanning the whole dataset. groq-js scans `*` on every evaluation, and a page query runs a dozen
 * correlated subqueries (`*[_type == "episode" && series._ref == ^._id]`), so at 2,000 documents
 * scans cost up to a second per page query where lookups cost microseconds (docs/performance.md).
 *
 * What a filter can be served from (see `Lookup`):
 * - `_type == "T"` and `defined(path)` conjuncts: a list prepared once per view;
 * - one equality with a value that is the same for every document (a literal, a `$param`, an
 *   enclosing document's `^.field`): an index keyed by that value, exact for strings and numbers;
 * - `references(x)`, and `x in path[]._ref` (a superset; that conjunct stays in the filter);
 * - `| order(path asc|desc, ...)` over document fields: the list comes sorted, as groq-js sorts.
 * Conjuncts a lookup answers exactly leave the filter; the rest still run per candidate.
 *
 * Lookups travel through groq-js' own extension point, `dereference`: the rewritten query
 * dereferences `{"_ref": <prefix><lookup><separator><value>}` and the source answers keys that
 * start with a per-process random prefix (which no document id or guessable parameter contains)
 * with a list. When the value has a type the index does not hold (null, an array, a boolean),
 * the key evaluates to null and the node falls back to the prepared list with the full filter,
 * so a result never depends on the rewrite. The tests compare every page query both ways.
 */
import type { ExprNode } from 'groq-js'

type Node = ExprNode & Record<string, unknown>

export interface OrderKey {
  path: string
  desc: boolean
}

/** A prepared document list: by type, with fields defined, optionally matched on a value, sorted. */
export interface Lookup {
  type: string
  defined: string[]
  orderBy: OrderKey[]
  match?: { kind: 'string' | 'number'; path: string } | { kind: 'references' }
}

export const ANY_TYPE = '*'
/** Between a lookup and the value it matches; JSON never contains a raw line feed. */
export const VALUE_SEPARATOR = '\n'
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/

export interface PlannedQuery {
  tree: ExprNode
  /** `$names` the query reads; the source insists each has a value, as the Content Lake does. */
  parameters: ReadonlySet<string>
}

export function planQuery(tree: ExprNode, keyPrefix: string): PlannedQuery {
  const parameters = new Set<string>()
  const planned = rewrite(tree as Node, { hidden: false, keyPrefix, parameters })
  return { tree: planned, parameters }
}

interface Context {
  /** True where groq-js evaluates in a hidden scope (the body of `[]` maps), whose `^` skips a level. */
  hidden: boolean
  keyPrefix: string
  parameters: Set<string>
}

function isNode(value: unknown): value is Node {
  return !!value && typeof value === 'object' && typeof (value as { type?: unknown }).type === 'string'
}

const isEverythingFilter = (node: Node) => node.type === 'Filter' && (node.base as Node).type === 'Everything'

/** Copies the tree, rewriting `*[...]` filters; children get the scope groq-js evaluates them in. */
function rewrite(node: Node, context: Context): Node {
  switch (node.type) {
    case 'Value':
      return node
    case 'Parameter':
      context.parameters.add(node.name as string)
      return node
    case 'Filter':
      if (isEverythingFilter(node)) return planFilter(node, [], context)
      return {
        ...node,
        base: rewrite(node.base as Node, context),
        expr: rewrite(node.expr as Node, { ...context, hidden: false }),
      }
    case 'Map':
    case 'FlatMap':
      return {
        ...node,
        base: rewrite(node.base as Node, context),
        expr: rewrite(node.expr as Node, { ...context, hidden: true }),
      }
    case 'Projection':
      return {
        ...node,
        base: rewrite(node.base as Node, context),
        expr: rewrite(node.expr as Node, { ...context, hidden: false }),
      }
    case 'PipeFuncCall': {
      const orderBy =
        node.name === 'order' && isEverythingFilter(node.base as Node) ? orderKeys(node.args as Node[]) : null
      // The list arrives sorted, so the order() step goes.
      if (orderBy) return planFilter(node.base as Node, orderBy, context)
      return {
        ...node,
        base: rewrite(node.base as Node, context),
        args: (node.args as Node[]).map((arg) => rewrite(arg, { ...context, hidden: false })),
      }
    }
    default:
      return rewriteChildren(node, context)
  }
}

function rewriteChildren(node: Node, context: Context): Node {
  const copy: Record<string, unknown> = { ...node }
  for (const [key, child] of Object.entries(node)) {
    if (isNode(child)) copy[key] = rewrite(child, context)
    else if (Array.isArray(child)) copy[key] = child.map((item) => (isNode(item) ? rewrite(item, context) : item))
  }
  return copy as Node
}

function conjunctsOf(expr: Node): Node[] {
  return expr.type === 'And' ? [...conjunctsOf(expr.left as Node), ...conjunctsOf(expr.right as Node)] : [expr]
}

function allOf(conjuncts: Node[]): Node {
  return conjuncts.reduce((left, right) => ({ type: 'And', left, right }) as Node)
}

/**
 * `a.b.c` read from the filtered document, as a dotted path; `->` after a name follows a reference
 * (`series->slug.current`). Null for anything computed.
 */
function documentPath(node: Node): string | null {
  let path = ''
  let current: Node | undefined = node
  while (current && (current.type === 'AccessAttribute' || current.type === 'Deref')) {
    if (current.type === 'Deref') {
      // Only a named field can be followed, and not twice in a row.
      const base = current.base as Node
      if (base.type !== 'AccessAttribute' || path.startsWith('->')) return null
      path = `->${path}`
    } else {
      if (!IDENTIFIER.test(current.name as string)) return null
      path =
        path === '' || path.startsWith('->') ? `${current.name as string}${path}` : `${current.name as string}.${path}`
    }
    current = current.base as Node | undefined
  }
  return (current === undefined || current.type === 'This') && path !== '' && !path.startsWith('->') ? path : null
}

/** A path that stays inside the document itself (no `->`). */
function ownPath(node: Node): string | null {
  const path = documentPath(node)
  return path && !path.includes('->') ? path : null
}

/** `order(a desc, b.c)` over document fields; null when any key is computed. */
function orderKeys(args: Node[]): OrderKey[] | null {
  const keys: OrderKey[] = []
  for (const arg of args) {
    const desc = arg.type === 'Desc'
    const path = documentPath(arg.type === 'Desc' || arg.type === 'Asc' ? (arg.base as Node) : arg)
    if (!path) return null
    keys.push({ path, desc })
  }
  return keys.length > 0 ? keys : null
}

/** `_type == "T"` (either way round) gives T. */
function typeEquality(node: Node): string | null {
  if (node.type !== 'OpCall' || node.op !== '==') return null
  for (const [attribute, literal] of [
    [node.left, node.right],
    [node.right, node.left],
  ] as Node[][]) {
    if (documentPath(attribute) === '_type' && literal.type === 'Value' && typeof literal.value === 'string')
      return literal.value
  }
  return null
}

/** `defined(a.b)` gives `a.b`. */
function definedPath(node: Node): string | null {
  if (node.type !== 'FuncCall' || node.namespace !== 'global' || node.name !== 'defined') return null
  const args = node.args as Node[]
  return args.length === 1 ? documentPath(args[0]) : null
}

/**
 * An expression whose value is the same for every document the filter looks at: a literal, a
 * parameter, or attributes of an enclosing scope (`^._id`, `^.series._ref`). Returns it rewritten
 * to run in the scope around the filter, where `^` is one level closer.
 */
function outerValue(node: Node, context: Context): Node | null {
  if (node.type === 'Value') return typeof node.value === 'string' || typeof node.value === 'number' ? node : null
  if (node.type === 'Parameter') return node
  if (context.hidden) return null
  const names: string[] = []
  let current: Node | undefined = node
  while (current && current.type === 'AccessAttribute') {
    names.unshift(current.name as string)
    current = current.base as Node | undefined
  }
  if (!current || current.type !== 'Parent' || names.length === 0) return null
  const levels = current.n as number
  let rebuilt: Node = levels === 1 ? ({ type: 'This' } as Node) : ({ type: 'Parent', n: levels - 1 } as Node)
  for (const name of names) rebuilt = { type: 'AccessAttribute', base: rebuilt, name } as Node
  return rebuilt
}

/** True for `x._ref`, `x[]._ref`, `a[].b[]._ref` read from the document: every value is a reference in it. */
function yieldsReferenceIds(node: Node): boolean {
  if (node.type === 'AccessAttribute')
    return (
      node.name === '_ref' &&
      (node.base === undefined || (node.base as Node).type === 'This' || ownPath(node.base as Node) !== null)
    )
  if (node.type === 'Map' || node.type === 'FlatMap') {
    const base = node.base as Node
    const array = base.type === 'ArrayCoerce' ? (base.base as Node) : base
    return ownPath(array) !== null && yieldsReferenceIds(node.expr as Node)
  }
  return false
}

interface Candidate {
  conjunct: Node
  /** The value to match, rewritten for the scope around the filter. */
  value: Node
  /** The lookups to try in turn; each gives null unless the value has the type it indexes. */
  matches: NonNullable<Lookup['match']>[]
  /** The lookup returns exactly the documents the conjunct accepts, so it leaves the filter. */
  exact: boolean
  rank: number
}

function candidateFor(conjunct: Node, context: Context): Candidate | null {
  if (
    conjunct.type === 'FuncCall' &&
    conjunct.namespace === 'global' &&
    conjunct.name === 'references' &&
    (conjunct.args as Node[]).length === 1
  ) {
    const value = outerValue((conjunct.args as Node[])[0], context)
    if (value) return { conjunct, value, matches: [{ kind: 'references' }], exact: true, rank: 2 }
  }
  if (conjunct.type === 'OpCall' && conjunct.op === '==') {
    for (const [attribute, other] of [
      [conjunct.left, conjunct.right],
      [conjunct.right, conjunct.left],
    ] as Node[][]) {
      const path = documentPath(attribute)
      const value = path && path !== '_type' ? outerValue(other, context) : null
      if (!path || !value) continue
      const kinds =
        value.type === 'Value' ? [typeof value.value as 'string' | 'number'] : (['string', 'number'] as const)
      const rank = path === '_id' ? 0 : path === 'slug.current' ? 1 : path.endsWith('._ref') ? 2 : 4
      return { conjunct, value, matches: kinds.map((kind) => ({ kind, path })), exact: true, rank }
    }
  }
  if (conjunct.type === 'OpCall' && conjunct.op === 'in' && yieldsReferenceIds(conjunct.right as Node)) {
    const value = outerValue(conjunct.left as Node, context)
    if (value) return { conjunct, value, matches: [{ kind: 'references' }], exact: false, rank: 3 }
  }
  return null
}

function text(value: string): Node {
  return { type: 'Value', value } as Node
}

function lookupNode(key: Node): Node {
  return {
    type: 'Deref',
    base: { type: 'Object', attributes: [{ type: 'ObjectAttributeValue', name: '_ref', value: key }] },
  } as Node
}

/** The key expression: static lookup text, then the value, which must have the indexed type or the key is null. */
function matchKey(prefix: string, lookup: Lookup, value: Node): Node {
  const kind = lookup.match!.kind
  // GROQ `+` joins two strings and gives null otherwise; `x * 1` is null unless x is a number.
  const typedValue: Node =
    kind === 'number'
      ? ({
          type: 'FuncCall',
          namespace: 'global',
          name: 'string',
          args: [{ type: 'OpCall', op: '*', left: value, right: { type: 'Value', value: 1 } }],
        } as Node)
      : value
  return {
    type: 'OpCall',
    op: '+',
    left: text(prefix + JSON.stringify(lookup) + VALUE_SEPARATOR),
    right: typedValue,
  } as Node
}

function planFilter(filter: Node, orderBy: OrderKey[], context: Context): Node {
  const conjuncts = conjunctsOf(filter.expr as Node)
  const typeConjunct = conjuncts.find((conjunct) => typeEquality(conjunct) !== null)
  const type = typeConjunct ? typeEquality(typeConjunct)! : ANY_TYPE
  const definedConjuncts = conjuncts.filter((conjunct) => conjunct !== typeConjunct && definedPath(conjunct) !== null)
  const rest = conjuncts.filter((conjunct) => conjunct !== typeConjunct && !definedConjuncts.includes(conjunct))
  const candidate = rest
    .map((conjunct) => candidateFor(conjunct, context))
    .filter((found): found is Candidate => found !== null)
    .sort((a, b) => a.rank - b.rank)[0]

  // The filter body runs once per document, in a fresh (never hidden) scope.
  const inner = { ...context, hidden: false }
  const filtered = (base: Node, remaining: Node[]): Node =>
    remaining.length > 0
      ? ({ type: 'Filter', base, expr: allOf(remaining.map((node) => rewrite(node, inner))) } as Node)
      : base

  const lookup: Lookup = { type, defined: definedConjuncts.map((conjunct) => definedPath(conjunct)!), orderBy }
  if (!typeConjunct && !candidate && lookup.defined.length === 0 && orderBy.length === 0) {
    return { ...filter, expr: rewrite(filter.expr as Node, inner) }
  }
  const prepared = filtered(lookupNode(text(context.keyPrefix + JSON.stringify(lookup))), rest)
  if (!candidate) return prepared

  const value = rewrite(candidate.value, context)
  const remaining = candidate.exact ? rest.filter((conjunct) => conjunct !== candidate.conjunct) : rest
  const matched = candidate.matches.map((match) =>
    filtered(lookupNode(matchKey(context.keyPrefix, { ...lookup, match }, value)), remaining),
  )
  return { type: 'FuncCall', namespace: 'global', name: 'coalesce', args: [...matched, prepared] } as Node
}
