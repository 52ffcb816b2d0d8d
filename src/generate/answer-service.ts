import type { Answer, StreamEvent, Turn } from "../domain/answer.js";
import { caseText, headingText } from "../indexing/search-index.js";
import { placesNamed } from "../retrieve/places.js";
import type { CaseHit, Retriever } from "../retrieve/retriever.js";
import { namesThing, type TaggedWord, tagWords } from "../text/part-of-speech.js";
import { synonymsOf } from "../text/synonyms.js";
import { mentionedApplicant } from "../text/user-dictionary.js";
import { ASSISTANT_HELP, asksAssistant } from "./asked-assistant.js";
import { askedAboutBook, bookAnswer } from "./asked-book.js";
import { askedChoice } from "./asked-choice.js";
import { countAnswer, countAsked } from "./asked-count.js";
import { askedEntity, namesEntity } from "./asked-entity.js";
import { askedFigure, reportsFigure, reportsStated, statedFigures } from "./asked-figure.js";
import { askedOverview } from "./asked-overview.js";
import { asksWhy, givesReason } from "./asked-reason.js";
import { asksSuperlative, withoutSuperlative } from "./asked-superlative.js";
import { askedTopic } from "./asked-topic.js";
import { CitationList } from "./citations.js";
import { Evidence } from "./evidence.js";
import { ExtractiveAnswerer } from "./extractive-answerer.js";
import { isFollowUp, leansOnContext, topicOf } from "./follow-up.js";
import { questionIntent, sectionHint } from "./intent.js";
import type { Fallback, LlmAnswerer } from "./llm-answerer.js";
import { confidence, type Missing, refusalAnswer, TOPIC_COVERAGE } from "./refusal.js";
import { RARE_NAME_CASES, statedNames } from "./stated-names.js";

export interface AskRequest {
  question: string;
  history?: readonly Turn[];
  k?: number;
  domainNo?: number;
}

/** The answer to a follow-up that comes without the conversation it follows. */
const CONTEXT_MISSING =
  "这个问题接着前面的对话（例如“它”指的是哪个案例），但没有收到前面的对话。请写明案例名称或申报单位再问，例如“京东物流的供应链金融案例有哪些应用成效？”";

/** What retrieval found for a question, and how it was read: the input of both answerers. */
export interface Grounding {
  question: string;
  /** The question as a standalone search query (a follow-up joined with its topic). */
  query: string;
  intent: ReturnType<typeof questionIntent>;
  section: ReturnType<typeof sectionHint>;
  chunks: Awaited<ReturnType<Retriever["search"]>>;
  cases: Awaited<ReturnType<Retriever["searchCases"]>>;
  confident: boolean;
  /**
   * What the question asks for that the best case does not give: a kind of figure (a price, a rate, a count of
   * something) it reports nowhere, a name it leaves out (the partner bank, the city), or a figure the question states
   * as given ("覆盖了178个国家…") that it does not have. The extractive answerer then says so instead of quoting what
   * the case does say; an LLM reads the passages itself.
   */
  missing: Missing | undefined;
  /** The name, place or options the question gives that the best case lacks ("海淀", "ChatGLM"), when one is. */
  absent?: string | undefined;
  /**
   * The question asks which case is the most of something ("哪个案例的融资规模最大？"): the cases are searched and
   * quoted without its 最大, and listed side by side, since the book ranks none above another.
   */
  comparing: boolean;
  history: readonly Turn[];
}

/** A term as the question spells it: terms are lower-case ("chatglm"), the question says "ChatGLM". */
function originalSpelling(question: string, term: string): string {
  const at = question.toLowerCase().indexOf(term);
  return at >= 0 ? question.slice(at, at + term.length) : term;
}

/** An answer composed whole: its citations, its text in one delta, and its end. */
function* whole({ answer, citations, refused }: Fallback, mode: Answer["mode"]): Generator<StreamEvent> {
  yield { type: "citations", citations: citations.list() };
  yield { type: "answer-delta", text: answer };
  yield { type: "answer-end", refused, mode };
}

/**
 * Answers questions: resolves a follow-up against the history, retrieves, decides whether the book answers the
 * question at all, and composes the answer with the LLM when one is configured (falling back to the extractive
 * answerer, `degraded: true`, when it fails) or extractively. `stream` is the primary form; `answer` collects it.
 */
export class AnswerService {
  readonly #retriever: Retriever;
  readonly #evidence: Evidence;
  readonly #extractive: ExtractiveAnswerer;
  readonly #llm: LlmAnswerer | undefined;
  /** Tagged case texts, one per case at most. */
  readonly #tags = new Map<string, TaggedWord[]>();

  constructor(retriever: Retriever, llm?: LlmAnswerer) {
    this.#retriever = retriever;
    this.#evidence = Evidence.of(retriever.index);
    this.#extractive = new ExtractiveAnswerer(this.#evidence);
    this.#llm = llm;
  }

  get mode(): Answer["mode"] {
    return this.#llm ? "llm" : "extractive";
  }

  async answer(request: AskRequest): Promise<Answer> {
    let text = "";
    let result: Answer = { answer: "", citations: [], refused: false, mode: this.mode };
    for await (const event of this.stream(request)) {
      if (event.type === "citations") result.citations = event.citations;
      else if (event.type === "answer-reset") {
        text = "";
        result.citations = event.citations;
      } else if (event.type === "answer-delta") text += event.text;
      else if (event.type === "answer-end") {
        result = { ...result, refused: event.refused, mode: event.mode, ...(event.degraded ? { degraded: true } : {}) };
      }
    }
    return { ...result, answer: text };
  }

  async *stream(request: AskRequest): AsyncGenerator<StreamEvent> {
    const history = request.history ?? [];
    const direct = this.#direct(request.question, history);
    if (direct) {
      yield* whole(direct, this.mode);
      return;
    }
    const standalone =
      this.#llm && history.length > 0 && isFollowUp(request.question)
        ? await this.#llm.condense(request.question, history)
        : undefined;
    const grounding = await this.#ground(request, standalone);
    if (!grounding.confident) {
      yield* whole({ ...refusalAnswer(grounding.cases), refused: true }, this.mode);
      return;
    }
    if (this.#llm) {
      // The model reads the passages itself; if it fails, the extractive answer (with its checks) stands in.
      yield* this.#llm.stream(grounding, () => this.#offline(grounding));
      return;
    }
    yield* whole(this.#offline(grounding), "extractive");
  }

  /**
   * The answers given before any search, in both modes: a follow-up sent without its conversation ("它的应用成效呢？")
   * asks which case is meant; a question to the assistant itself ("能帮我写申报材料吗？") gets what it does; who
   * compiled the book and why ("这本案例集是谁组织编的？"), the preface's words; how many cases the book or a domain has
   * ("金融服务领域有几个案例？"), the count from the front matter.
   */
  #direct(question: string, history: readonly Turn[]): Fallback | undefined {
    const none = new CitationList();
    if (history.length === 0 && leansOnContext(question))
      return { answer: CONTEXT_MISSING, citations: none, refused: true };
    if (asksAssistant(question)) return { answer: ASSISTANT_HELP, citations: none, refused: true };
    const aboutBook = askedAboutBook(question);
    const preface = aboutBook
      ? bookAnswer(this.#retriever.index.preface, this.#evidence.queryTerms(aboutBook.rest).terms.keys())
      : undefined;
    if (preface) return { answer: preface, citations: none, refused: false };
    const counted = this.#counted(question);
    return counted ? { ...counted, refused: false } : undefined;
  }

  /**
   * The offline answer to a question the book covers: a refusal when the best case lacks the figure or the name
   * asked for, the composed answer otherwise.
   */
  #offline(grounding: Grounding): Fallback {
    if (grounding.missing) {
      const { missing, absent } = grounding;
      return { ...refusalAnswer(grounding.cases, { missing, absent }), refused: true };
    }
    return { ...this.#extract(grounding), refused: false };
  }

  /** Retrieval and its reading: what both answerers compose from. `k` passages at most. */
  async #ground(request: AskRequest, standaloneQuery?: string): Promise<Grounding> {
    const history = request.history ?? [];
    const k = request.k ?? 6;
    const topic = history.length > 0 && isFollowUp(request.question) ? topicOf(history) : undefined;
    const intent = questionIntent(request.question);
    const section = sectionHint(request.question);
    if (topic && !standaloneQuery) {
      // A follow-up stays on the case the conversation is about; a named section ("那它的应用成效呢？") is read
      // from its start, other follow-ups search that case.
      const [focus] = await this.#retriever.searchCases(topic, { k: 1, domainNo: request.domainNo });
      const query = `${topic} ${request.question}`;
      const caseIds = focus ? [focus.case.caseId] : undefined;
      const sectionChunks = focus && section ? this.#retriever.sectionChunks(focus.case.caseId, section) : [];
      const chunks =
        sectionChunks.length > 0 ? sectionChunks.slice(0, k) : await this.#retriever.search(query, { k, caseIds });
      const cases = focus ? [focus] : [];
      // "它用了哪些数据？" asks about the case in focus, not for a list of cases.
      const focusIntent = intent === "list" || intent === "similar" ? "fact" : intent;
      return {
        question: request.question,
        query: sectionChunks.length > 0 ? request.question : query,
        intent: focusIntent,
        section,
        chunks,
        cases,
        confident: chunks.length > 0,
        comparing: false,
        // "那它的贷款利率是多少？" is checked against the case in focus, which the follow-up names by "它".
        ...(focus ? this.#missing(request.question, focusIntent, focus.case, true) : { missing: undefined }),
        history,
      };
    }
    const query = standaloneQuery ?? request.question;
    // "北京市测绘设计研究院做了什么？" asks for every case the organisation applied for, unless it says which.
    const overview = intent === "fact" ? askedOverview(query, this.#retriever.index.cases.values()) : undefined;
    // "哪个案例的融资规模最大？" is answered with the cases that give such a figure: the book ranks no case above another.
    const comparing = asksSuperlative(query);
    const read = (overview && this.#evidence.queryTerms(overview.rest).terms.size === 0) || comparing ? "list" : intent;
    const searched = comparing ? withoutSuperlative(query) : query;
    // "在山东落地过的案例有哪些？" asks for the cases in a place; other questions naming a province ask about a case.
    const options = { domainNo: request.domainNo, listing: read === "list" };
    const retrieved = await this.#retriever.retrieve(searched, options);
    const cases = retrieved.cases.slice(0, 10);
    // The best case's own best passages lead, so a figure it reports is found even when other cases' chunks
    // outrank that passage overall.
    const top = cases[0]?.case.caseId;
    const focus = retrieved.chunks.filter((hit) => hit.case.caseId === top).slice(0, 4);
    const overall = retrieved.chunks.slice(0, k);
    const chunks = [...focus, ...overall.filter((hit) => !focus.includes(hit))].slice(0, k);
    // A described project always has closest precedents; only questions can go unanswered. A question with no
    // word the book could match ("你好") has no closest cases either.
    const terms = this.#evidence.queryTerms(searched);
    const confident =
      read === "similar" || (confidence(this.#evidence, terms, cases).confident && this.#onTopic(searched, cases));
    const best = cases[0]?.case;
    const lack = confident && best ? this.#missing(query, read, best, false) : { missing: undefined };
    const { termStats } = this.#retriever.index;
    const matchable = [...terms.terms.keys()].some((term) => termStats.documentFrequency(term) > 0);
    return {
      question: request.question,
      query,
      intent: read,
      section,
      chunks,
      cases: matchable ? cases : [],
      confident,
      comparing,
      ...lack,
      history,
    };
  }

  /**
   * The answer to how many cases the book, or the domains a question names, have, when that is all it asks: a
   * question with any other word the book could match ("有多少个案例用了区块链？") asks for cases, and is searched.
   */
  #counted(question: string): ReturnType<typeof countAnswer> | undefined {
    const asked = countAsked(question);
    if (!asked || this.#evidence.queryTerms(asked.rest).terms.size > 0) return undefined;
    const cases = [...this.#retriever.index.cases.values()];
    return countAnswer(cases, (caseId) => this.#retriever.openingChunk(caseId), asked.domainNos);
  }

  /**
   * Whether the top cases are about the topic a question asks the book to have a case on ("有没有用数据做消防监管、
   * 排查火灾隐患的案例？"): they must cover the topic's own terms, not only the question's other words. Of the words
   * the book never uses, only those naming a thing ("消防", "火灾") count: others are the asker's ways of saying things
   * ("汇到一起", "压到零"). A topic of fewer than three terms ("有这么干的案例吗？") stands for the rest of the question
   * and is not checked.
   */
  #onTopic(query: string, cases: readonly CaseHit[]): boolean {
    const topic = askedTopic(query);
    if (!topic) return true;
    const terms = Evidence.restrict(
      this.#evidence.queryTerms(topic),
      (term) => this.#evidence.bookUses(term) || namesThing(term),
    );
    return terms.terms.size < 3 || confidence(this.#evidence, terms, cases, TOPIC_COVERAGE).confident;
  }

  /**
   * What `query` asks for that `best` does not give, if anything (see `Grounding.missing`). `followUp`: the question
   * refers to the case in focus ("它"), so an organisation it asks for is not the applicant.
   */
  #missing(
    query: string,
    intent: Grounding["intent"],
    best: CaseHit["case"],
    followUp: boolean,
  ): Pick<Grounding, "missing" | "absent"> {
    const none = { missing: undefined };
    if (intent !== "numeric" && intent !== "fact" && intent !== "applicant") return none;
    const stated = statedFigures(query);
    const places = placesNamed(query);
    const why = asksWhy(query);
    const figure = intent !== "applicant" ? askedFigure(query) : undefined;
    const namesApplicant = followUp || mentionedApplicant(query, best.applicants) !== undefined;
    const entity = askedEntity(query, namesApplicant, best.applicants);
    const names = statedNames(this.#evidence.queryTerms(query).terms.keys()).filter((name) => {
      const cases = this.#evidence.casesUsing(name);
      return cases > 0 && cases <= RARE_NAME_CASES;
    });
    const choice = askedChoice(query);
    if (stated.length === 0 && names.length === 0 && places.length === 0 && !why && !figure && !entity && !choice)
      return none;
    const body = caseText(best);
    const text = `${headingText(best)}\n${body}`;
    if (!reportsStated(text, stated)) return { missing: "stated" };
    const has = (term: string) => this.#evidence.caseHas(best, term);
    const absentName = names.find((name) => !has(name) && !synonymsOf(name).some(has));
    if (absentName) return { missing: "named", absent: originalSpelling(query, absentName) };
    // "数坤的心肺筛查在朝阳区…": a case that never names the place is not the case meant, or the premise is wrong.
    const absentPlace = places.find(({ places }) => !places.some(has));
    if (absentPlace) return { missing: "place", absent: absentPlace.name };
    const subject = why || figure ? this.#subject(query, best, body) : [];
    if (why && subject.length > 0 && !givesReason(body, subject)) return { missing: "reason" };
    // An option counts as named when the case has at least half of its weighed terms ("加噪声": 噪声 of 加, 噪声).
    const named = (option: string) => this.#evidence.caseCoverage(this.#evidence.queryTerms(option), best) >= 0.5;
    if (choice && !choice.some(named)) return { missing: "choice", absent: choice.join("、") };
    if (figure && !reportsFigure(text, figure, subject)) return { missing: "figure" };
    if (entity && !namesEntity(text, entity, (whole) => this.#tagged(whole))) return { missing: "name" };
    return none;
  }

  /**
   * The question's words that say what its figure is of: those the case's text uses, except the words of its title
   * and applicants, which name the case rather than a thing in it.
   */
  #subject(query: string, best: CaseHit["case"], body: string): string[] {
    const named = `${best.title}${best.applicants.join("")}`;
    return [...this.#evidence.queryTerms(query).terms.keys()].filter(
      (term) => body.includes(term) && !named.includes(term),
    );
  }

  /** jieba's tags of a case's text, kept: tagging a case takes about as long as answering. */
  #tagged(text: string): TaggedWord[] {
    let words = this.#tags.get(text);
    if (!words) {
      words = tagWords(text);
      this.#tags.set(text, words);
    }
    return words;
  }

  #extract(grounding: Grounding) {
    return this.#extractive.compose({
      question: grounding.query,
      intent: grounding.intent,
      section: grounding.section,
      query: this.#evidence.queryTerms(grounding.comparing ? withoutSuperlative(grounding.query) : grounding.query),
      comparing: grounding.comparing,
      chunks: grounding.chunks,
      cases: grounding.cases,
    });
  }
}
