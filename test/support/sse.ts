import { type StreamEvent, StreamEventSchema } from "../../src/domain/answer.js";

/** Parses a text/event-stream body into the shared event union, checking each event's name matches its type. */
export function parseSse(body: string): StreamEvent[] {
  return body
    .split("\n\n")
    .filter((block) => block.trim())
    .map((block) => {
      const name = /^event: (.+)$/m.exec(block)?.[1];
      const data = /^data: (.+)$/m.exec(block)?.[1] ?? "{}";
      const event = StreamEventSchema.parse(JSON.parse(data));
      if (event.type !== name) throw new Error(`event name ${name} carries a ${event.type} payload`);
      return event;
    });
}
