/**
 * The options of a question that asks which of several things it is: "底层用的是秘密分享还是同态加密？",
 * "是联通的、移动的还是电信的？", "UE 还是 Unity？". A case that names none of them does not say which.
 */
const CHOICE = /([^，,。？?！!；;：:]{2,30}?)还是([^，,。？?！!；;]{2,30})/;
/** An option left open ("还是别的什么算法", "还是拿哪家的开源模型改的") leaves nothing to look for. */
const OPEN = /别的|其他|其它|什么|哪|怎么|自己/;
/** The words before the first option that say what is chosen: "用的是", "按", "比如". */
const LEAD = /^.*(?:是|用|按|靠|比如)/;

/** The options a question asks to choose between, if it asks that; undefined otherwise. */
export function askedChoice(question: string): string[] | undefined {
  const match = CHOICE.exec(question);
  if (!match) return undefined;
  const options = [...(match[1] as string).split(/[、/]|或者|或是/), match[2] as string]
    .map((option, i) => (i === 0 ? option.replace(LEAD, "") : option).trim())
    .filter((option) => option.length > 0);
  if (options.length < 2 || options.some((option) => OPEN.test(option))) return undefined;
  return options;
}
