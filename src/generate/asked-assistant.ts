/**
 * A question to the assistant rather than about the book: what it can do ("你能做什么？", "这个工具怎么用"), or a request
 * to write something ("能帮我写申报材料吗？", "帮我起草一份…") that the 起草 feature does, not the answers.
 */
const TO_ASSISTANT =
  /(?:帮我|替我|给我)(?:写|起草|撰写|拟|填)|(?:你|你们|助手)(?:能|可以|会)(?:做|干)(?:什么|啥|哪些)|(?:你|你们|助手|这个(?:工具|助手|网站))有(?:什么|哪些)功能|(?:这个|本)(?:工具|助手|网站)怎么(?:使用|用)|怎么(?:使用|用)(?:你|这个(?:工具|助手|网站))|你是谁/;

/** Whether `question` is addressed to the assistant itself. */
export function asksAssistant(question: string): boolean {
  // "用大模型帮我写报告的案例有哪些？" asks for cases.
  return TO_ASSISTANT.test(question) && !/案例|项目|先例/.test(question);
}

/** What the assistant says of itself: what each of its parts does, and where to find it. */
export const ASSISTANT_HELP =
  "我是“数据要素 × 案例助手”，只依据《2024 北京“数据要素 ×”典型案例集》的 100 个案例作答，每句话都标明出处。可以这样用：\n" +
  "1. 问答：直接提问，例如“有哪些案例用了隐私计算？”“京东物流的供应链金融是怎么做的？”\n" +
  "2. 相似案例：在“相似案例”页描述您的项目（背景、做法、数据来源），找出最接近的先例和相同之处。\n" +
  "3. 起草：在“起草”页贴入项目笔记，按书中“案例背景、解决方案、创新点、应用成效”四部分生成申报草稿，标出还缺的内容，并可导出 Word 或 Markdown。\n" +
  "4. 浏览：按 14 个领域查看全部案例原文。";
