/**
 * A question to the assistant rather than about the book: what it can do ("你能做什么？", "这个工具怎么用"), or a request
 * to write something ("能帮我写申报材料吗？", "帮我起草一份…") that the 起草 feature does, not the answers.
 */
const TO_ASSISTANT = new RegExp(
  [
    // A request to write: "帮我写…", "帮我们单位拟一个提纲", "请你帮我起草…".
    "帮(?:我|我们)(?:单位|公司)?(?:把.{0,16})?(?:写|起草|撰写|拟|填|出|润色|改写|修改|改|优化|完善)",
    // What it can do: "你能做什么", "你能帮我做些什么", "您能回答哪些类型的问题？".
    "(?:你|你们|您|助手)(?:主要)?(?:能|可以|会)(?:帮我)?(?:做|干|回答|解答)(?:些)?(?:什么|啥|哪些|哪方面|哪类)",
    "(?:你|你们|您|助手|这个(?:问答)?(?:工具|助手|网站))有(?:什么|哪些)功能",
    // How to use it.
    "(?:这个|本)(?:问答)?(?:工具|助手|网站)(?:该)?怎么(?:使用|用)|怎么(?:使用|用)(?:你|这个(?:问答)?(?:工具|助手|网站))",
    // What it is and what it stands on: "你是谁", "你是基于什么大模型做的？", "你回答问题的依据是什么".
    "你是谁|(?:你|你们|您)(?:的)?(?:回答|答案)?(?:是)?(?:基于|用|根据)什么|(?:你|你们|您)(?:能|可以|会)联网|(?:你|你们|您)的?(?:回答|答案)?.{0,6}(?:依据|根据|资料|数据)(?:是什么|从哪|来自)",
  ].join("|"),
);

/** A question that asks for cases ("用大模型帮我写报告的案例有哪些？") is about the book, whatever else it says. */
const ASKS_FOR_CASES = /(?:哪些|哪个|哪几个|有没有|什么)(?:案例|项目|先例)|(?:案例|项目|先例)(?:有哪些|都有|是哪)/;

/** Whether `question` is addressed to the assistant itself. */
export function asksAssistant(question: string): boolean {
  return TO_ASSISTANT.test(question) && !ASKS_FOR_CASES.test(question);
}

/** What the assistant says of itself: what each of its parts does, and where to find it. */
export const ASSISTANT_HELP =
  "我是“数据要素 × 案例助手”，只依据《2024 北京“数据要素 ×”典型案例集》的 100 个案例作答，每句话都标明出处。可以这样用：\n" +
  "1. 问答：直接提问，例如“有哪些案例用了隐私计算？”“京东物流的供应链金融是怎么做的？”\n" +
  "2. 相似案例：在“相似案例”页描述您的项目（背景、做法、数据来源），找出最接近的先例和相同之处。\n" +
  "3. 起草：在“起草”页贴入项目笔记，按书中“案例背景、解决方案、创新点、应用成效”四部分生成申报草稿，标出还缺的内容，并可导出 Word 或 Markdown。\n" +
  "4. 浏览：按 14 个领域查看全部案例原文。";
