import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import type { Draft } from "../domain/draft.js";

/** The draft as Markdown, laid out like a case of the book (title, domain, 申报单位, the four sections). */
export function draftToMarkdown(draft: Draft): string {
  const sections = draft.sections.map((section) => `## ${section.name}\n\n${section.text}\n`);
  return `# ${draft.title}\n\n领域：${draft.domain}\n\n## 申报单位\n\n${draft.applicants.join("\n")}\n\n${sections.join("\n")}`;
}

/** The draft as a Word document (docx), laid out like a case of the book. */
export async function draftToDocx(draft: Draft): Promise<Buffer> {
  const heading = (text: string) =>
    new Paragraph({ text, heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 120 } });
  const body = (text: string) =>
    text
      .split(/\n+/)
      .filter((line) => line.trim())
      .map(
        (line) => new Paragraph({ children: [new TextRun(line)], indent: { firstLine: 480 }, spacing: { after: 120 } }),
      );
  const document = new Document({
    creator: "数据要素 × 案例助手",
    title: draft.title,
    sections: [
      {
        children: [
          new Paragraph({ text: draft.title, heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER }),
          new Paragraph({
            children: [new TextRun({ text: `领域：${draft.domain}`, italics: true })],
            alignment: AlignmentType.CENTER,
          }),
          heading("申报单位"),
          ...draft.applicants.map((name) => new Paragraph({ text: name })),
          ...draft.sections.flatMap((section) => [heading(section.name), ...body(section.text)]),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
