/**
 * The rules that report what the parser did not read (`notice.unread`), one rule per kind: each finding is info,
 * never an error, for a person to look at (a missed structure, or text that is rightly no structure).
 */
import type { UnreadKind } from '../tree/schema.js'
import type { Rule } from './rule.js'

/**
 * The rule that reports the unread text of one kind.
 * @param kind what the text looks like
 * @param description one line: what the rule finds
 * @param reason the message of a finding, from the text as written
 */
export function unreadRule(kind: UnreadKind, description: string, reason: (text: string) => string): Rule {
  return {
    id: `unread-${kind}`,
    description,
    check(context) {
      for (const unread of context.notice.unread) {
        if (unread.kind === kind) context.report(reason(unread.text), unread.position, { actual: unread.text })
      }
    },
  }
}
