/**
 * Rewrites a parsed GROQ query so its `*[...]` filters read from the dataset view's lookups
 * instead of scanning every document. groq-js scans `*` once per evaluation, and a page query
 * runs a dozen correlated subqueries (`*[_type == "episode" && series._ref == ^._id]`), so at
 * 10,000 documents scans cost hundreds of milliseconds; lookups cost microseconds.
 *
 * The rewrite never changes a result:
 * - `_type == "T"` is answered by the type partition, which holds exactly those documents;
 * - one equality or `references()` conjunct picks a candidate list (a superset of the matches)
 *   through a lookup key built at run time from the outer value, and the filter still runs over
 *   the candidates, so only an exact `references()` is dropped from it;
 * - when the key cannot be built (the value is null, an array, an object), the rewritten node
 *   falls back to the type partition with the whole filter.
 *
 * Lookups travel through groq-js' own extension point, `dereference`: the rewritten query
 * dereferences `{"_ref": <prefix> + <lookup key>}`, and the source answers keys that start with
 * a per-process random prefix (which no document id or guessable parameter can contain) with a
 * list of documents. The tests compare every page query with and without the rewrite.
 */
import type { ExprNode } from 'groq-js'

type Node = ExprNode & Record<string, unknown>

/** What a rewritten query asks the view for, decoded from a lookup key. */
export type Lookup =
  | { kind: 'type'; type: string }
  | { kind: 'attribute'; type: string; path: string[]; value: string }
  | { kind: 'references'; type: string; id: string }

const ANY_TYPE = '*'
const SEPARATOR = '|'
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

export function decodeLookup(key: string): Lookup | null {
  const [kind, type, ...rest] = key.split(SEPARATOR)
  if (kind === 't' && type && rest.length === 0) return { kind: 'type', type }
  if (kind === 'a' && type && rest.length >= 2) return { kind: 'attribute', type, path: rest[0].split('.'), value: rest.slice(1).join(SEPARATOR) }
  if (kind === 'r' && type && rest.length >= 1) return { kind: 'references', type, id: rest.join(SEPARATOR) }
  return null
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

/** Copies the tree, rewriting `*[...]` filters; children get the scope groq-js evaluates them in. */
function rewrite(node: Node, context: Context): Node {
  switch (node.type) {
    case 'Value':
      return node
    case 'Parameter':
      context.parameters.add(node.name as string)
      return node
    case 'Filter':
      if ((node.base as Node).type === 'Everything') return planFilter(node, context)
      return { ...node, base: rewrite(node.base as Node, context), expr: rewrite(node.expr as Node, { ...context, hidden: false }) }
    case 'Map':
    case 'FlatMap':
      return { ...node, base: rewrite(node.base as Node, context), expr: rewrite(node.expr as Node, { ...context, hidden: true }) }
    case 'Projection':
      return { ...node, base: rewrite(node.base as Node, context), expr: rewrite(node.expr as Node, { ...context, hidden: false }) }
    case 'PipeFuncCall':
      return {
        ...node,
        base: rewrite(node.base as Node, context),
        args: (node.args as Node[]).map((arg) => rewrite(arg, { ...context, hidden: false })),
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

/** `a.b.c` read from the filtered document itself, as attribute names; otherwise null. */
function documentPath(node: Node): string[] | null {
  const names: string[] = []
  let current: Node | undefined = node
  while (current && current.type === 'AccessAttribute') {
    if (!IDENTIFIER.test(current.name as string)) return null
    names.unshift(current.name as string)
    current = current.base as Node | undefined
  }
  return current === undefined || current.type === 'This' ? names : null
}

/** `_type == "T"` (either way round) gives T. */
function typeEquality(node: Node): string | null {
  if (node.type !== 'OpCall' || node.op !== '==') return null
  for (const [attribute, literal] of [[node.left, node.right], [node.right, node.left]] as Node[][]) {
    const path = documentPath(attribute)
    if (path?.length === 1 && path[0] === '_type' && literal.type === 'Value' && typeof literal.value === 'string' && !literal.value.includes(SEPARATOR)) {
      return literal.value
    }
  }
  return null
}

/**
 * An expression whose value is the same for every document the filter looks at: a literal, a
 * parameter, or attributes of an enclosing scope (`^._id`, `^.series._ref`). Returns it rewritten
 * to run in the scope around the filter, where `^` is one level closer.
 */
function outerValue(node: Node, context: Context): Node | null {
  if (node.type === 'Value') return ['string', 'number', 'boolean'].includes(typeof node.value) ? node : null
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

/** True for `x._ref`, `x[]._ref`, `a[].b[]._ref` read from the document: every value is a reference id in it. */
function yieldsReferenceIds(node: Node): boolean {
  if (node.type === 'AccessAttribute') return node.name === '_ref' && (node.base === undefined || documentPath(node.base as Node) !== null)
  if (node.type === 'Map' || node.type === 'FlatMap') {
    const base = node.base as Node
    const array = base.type === 'ArrayCoerce' ? (base.base as Node) : base
    return documentPath(array) !== null && yieldsReferenceIds(node.expr as Node)
  }
  return false
}

interface Candidate {
  conjunct: Node
  /** Lookup key without the value, e.g. `a|series|slug.current|`. */
  keyStart: (type: string) => string
  value: Node
  /** Reference lookups take string ids only (other values leave the key null); attribute lookups also take numbers and booleans. */
  stringify: boolean
  /** The lookup returns exactly the documents the conjunct accepts, so it can leave the filter. */
  exact: boolean
  rank: number
}

function candidateFor(conjunct: Node, context: Context): Candidate | null {
  if (conjunct.type === 'FuncCall' && conjunct.namespace === 'global' && conjunct.name === 'references' && (conjunct.args as Node[]).length === 1) {
    const value = outerValue((conjunct.args as Node[])[0], context)
    if (value) return { conjunct, keyStart: (type) => `r|${type}|`, value, stringify: false, exact: true, rank: 2 }
  }
  if (conjunct.type === 'OpCall' && conjunct.op === '==') {
    for (const [attribute, other] of [[conjunct.left, conjunct.right], [conjunct.right, conjunct.left]] as Node[][]) {
      const path = documentPath(attribute)
      const value = path && path.length > 0 && path[0] !== '_type' ? outerValue(other, context) : null
      if (!path || !value) continue
      if (path[path.length - 1] === '_ref') return { conjunct, keyStart: (type) => `r|${type}|`, value, stringify: false, exact: false, rank: 2 }
      const rank = path.join('.') === '_id' ? 0 : path.join('.') === 'slug.current' ? 1 : 4
      return { conjunct, keyStart: (type) => `a|${type}|${path.join('.')}|`, value, stringify: true, exact: false, rank }
    }
  }
  if (conjunct.type === 'OpCall' && conjunct.op === 'in' && yieldsReferenceIds(conjunct.right as Node)) {
    const value = outerValue(conjunct.left as Node, context)
    if (value) return { conjunct, keyStart: (type) => `r|${type}|`, value, stringify: false, exact: false, rank: 3 }
  }
  return null
}

function lookupNode(key: Node): Node {
  return { type: 'Deref', base: { type: 'Object', attributes: [{ type: 'ObjectAttributeValue', name: '_ref', value: key }] } } as Node
}

function text(value: string): Node {
  return { type: 'Value', value } as Node
}

function planFilter(filter: Node, context: Context): Node {
  const conjuncts = conjunctsOf(filter.expr as Node)
  const typeConjunct = conjuncts.find((conjunct) => typeEquality(conjunct) !== null)
  const type = typeConjunct ? typeEquality(typeConjunct)! : ANY_TYPE
  const candidate = conjuncts
    .filter((conjunct) => conjunct !== typeConjunct)
    .map((conjunct) => candidateFor(conjunct, context))
    .filter((found): found is Candidate => found !== null)
    .sort((a, b) => a.rank - b.rank)[0]

  // The filter body runs once per document, in a fresh (never hidden) scope.
  const inner = { ...context, hidden: false }
  const rewriteAll = (nodes: Node[]) => nodes.map((node) => rewrite(node, inner))
  if (!typeConjunct && !candidate) return { ...filter, expr: rewrite(filter.expr as Node, inner) }

  const partition = typeConjunct ? lookupNode(text(`${context.keyPrefix}t${SEPARATOR}${type}`)) : ({ type: 'Everything' } as Node)
  const rest = conjuncts.filter((conjunct) => conjunct !== typeConjunct)
  const scanPartition = rest.length > 0 ? ({ type: 'Filter', base: partition, expr: allOf(rewriteAll(rest)) } as Node) : partition
  if (!candidate) return scanPartition

  // Rewritten for the outer scope, so it is walked with the outer context.
  const value = rewrite(candidate.value, context)
  const key: Node = {
    type: 'OpCall',
    op: '+',
    left: text(context.keyPrefix + candidate.keyStart(type)),
    right: candidate.stringify ? { type: 'FuncCall', namespace: 'global', name: 'string', args: [value] } : value,
  } as Node
  const remaining = candidate.exact ? rest.filter((conjunct) => conjunct !== candidate.conjunct) : rest
  const lookup = lookupNode(key)
  const scanCandidates = remaining.length > 0 ? ({ type: 'Filter', base: lookup, expr: allOf(rewriteAll(remaining)) } as Node) : lookup
  return { type: 'FuncCall', namespace: 'global', name: 'coalesce', args: [scanCandidates, scanPartition] } as Node
}
