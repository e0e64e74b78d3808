/**
 * English inflection helpers for fixes that swap one word for another: keeping the case
 * pattern of the word replaced, and moving a verb between its third-person singular form
 * ("gets", "watches", "carries") and its base form ("get", "watch", "carry").
 */

/**
 * `replacement` written in the case pattern of `original`: "Utilize" → "Use",
 * "UTILIZE" → "USE", "utilize" → "use". A single capital letter ("A") counts as a capital
 * at the start, not as shouting.
 */
export function matchCase(original: string, replacement: string): string {
  if (replacement === '') return replacement
  const letters = original.replace(/[^A-Za-z]/g, '')
  if (letters.length > 1 && letters === letters.toUpperCase()) return replacement.toUpperCase()
  if (/^[A-Z]/.test(original)) return replacement.charAt(0).toUpperCase() + replacement.slice(1)
  return replacement
}

const irregularThird: Record<string, string> = {be: 'is', have: 'has', do: 'does', go: 'goes'}

/** The third-person singular present of a base form: "get" → "gets", "carry" → "carries". */
export function thirdPerson(base: string): string {
  const irregular = irregularThird[base]
  if (irregular) return irregular
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`
  if (/(?:s|sh|ch|x|z|o)$/.test(base)) return `${base}es`
  return `${base}s`
}

/**
 * A map from third-person singular forms to base forms, for the base forms given:
 * {"gets": "get", "has": "have", …}. Built once, at plugin creation.
 */
export function thirdPersonIndex(bases: Iterable<string>): Map<string, string> {
  const index = new Map<string, string>()
  for (const base of bases) index.set(thirdPerson(base), base)
  return index
}
