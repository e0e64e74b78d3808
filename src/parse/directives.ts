/**
 * Inline control comments: `youfirst-disable`, `youfirst-enable`,
 * `youfirst-disable-next-line` and `youfirst-ignore`, in whichever comment syntax the
 * format has. Parsers find the comments; the engine applies them to findings.
 */

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'ignore'

export interface Directive {
  kind: DirectiveKind
  /** Rule ids; empty means every rule. */
  rules: string[]
  /** Source offset of the comment. */
  start: number
  end: number
  /** For `ignore`: the source range of the block it applies to. */
  target?: [number, number]
}

const pattern = /^\s*youfirst-(disable-next-line|disable|enable|ignore)(?=\s|$)([^]*)$/

/** Read a directive from the inside of a comment, if it is one. */
export function parseDirective(
  comment: string,
  start: number,
  end: number
): Directive | undefined {
  const match = pattern.exec(comment)
  if (!match) return undefined
  const rules = (match[2] ?? '')
    .split(/[\s,]+/)
    .map((rule) => rule.trim())
    .filter((rule) => rule.length > 0 && rule !== '--')
  return {kind: match[1] as DirectiveKind, rules, start, end}
}

/** The inside of an HTML comment, `<!-- … -->`, or undefined. */
export function htmlComment(value: string): string | undefined {
  const match = /^<!--([^]*?)-->\s*$/.exec(value.trim())
  return match ? match[1] : undefined
}

/** The inside of a JavaScript block comment in an MDX expression, `{/* … *\/}`. */
export function jsComment(value: string): string | undefined {
  const match = /^\s*\/\*([^]*?)\*\/\s*$/.exec(value)
  return match ? match[1] : undefined
}
