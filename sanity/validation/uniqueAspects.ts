interface AspectScore {
  _key?: string
  aspect?: string
}

/** "Acting" and "acting " are the same aspect: a review scores each aspect once. */
export function aspectNamesAreUnique(
  aspects: AspectScore[] | undefined,
): true | { message: string; path: [{ _key: string }] | [] }[] {
  const seen = new Map<string, string>()
  const problems: { message: string; path: [{ _key: string }] | [] }[] = []
  for (const item of aspects ?? []) {
    const name = item.aspect?.trim()
    if (!name) continue
    const normalized = name.toLocaleLowerCase('en')
    const first = seen.get(normalized)
    if (first === undefined) {
      seen.set(normalized, name)
      continue
    }
    problems.push({
      message: `"${name}" is scored twice in this review. Merge the two "${first}" scores or rename one.`,
      path: item._key ? [{ _key: item._key }] : [],
    })
  }
  return problems.length ? problems : true
}
