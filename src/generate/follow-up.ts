import type { Turn } from "../domain/answer.js";

const FOLLOW_UP =
  /^(那|那么|那它|它|其|该|这个|那个|还有|另外|再|接着|然后|他们|她们|这家|那家)|它的|它们|该案例|这个案例|这个项目|那个项目|这家|他们|上面|刚才|前面/;

/** True when a question leans on the conversation ("那它的应用成效呢？") rather than standing alone. */
export function isFollowUp(question: string): boolean {
  const trimmed = question.trim();
  return FOLLOW_UP.test(trimmed) || trimmed.replace(/[？?！!。，,\s]/g, "").length <= 6;
}

/** A question that opens on a case it does not name ("它", "该项目"), or asks "那…呢？" about a topic it leaves out. */
const NEEDS_CONTEXT =
  /^(那|那么)?(它|它们|他们|她们|该案例|该项目|这个案例|这个项目|此案例)|^(那|那么)[^，,。？?]{0,12}呢[？?]?$/;

/**
 * True when a question cannot be answered without the conversation it continues: "那它的应用成效呢？" names no case,
 * so without history any case the words happen to match would be answered for.
 */
export function leansOnContext(question: string): boolean {
  return NEEDS_CONTEXT.test(question.trim());
}

/**
 * The last question of the conversation that stood on its own: the topic a follow-up carries over. Earlier
 * follow-ups are folded into it.
 * @example topicOf([{ role: "user", content: "京东物流的仓单融资怎么做的？" }]) // "京东物流的仓单融资怎么做的？"
 */
export function topicOf(history: readonly Turn[]): string | undefined {
  const questions = history.filter((turn) => turn.role === "user").map((turn) => turn.content.trim());
  for (let i = questions.length - 1; i >= 0; i--) {
    const question = questions[i] as string;
    if (!isFollowUp(question)) return question;
  }
  return questions.at(-1);
}
