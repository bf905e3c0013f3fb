import { Writable } from 'node:stream';

/** A destination for an app's logger that keeps its JSON lines, parsed, in order. */
export class LogLines {
  readonly lines: Record<string, unknown>[] = [];

  readonly stream = new Writable({
    write: (chunk: Buffer, _encoding, done) => {
      for (const line of chunk.toString().split('\n')) {
        if (line.trim() !== '') this.lines.push(JSON.parse(line) as Record<string, unknown>);
      }
      done();
    },
  });

  /** The lines with this `msg`. */
  withMessage(msg: string): Record<string, unknown>[] {
    return this.lines.filter((line) => line.msg === msg);
  }

  /** Everything logged so far, as one text, to search for what must not be there. */
  text(): string {
    return this.lines.map((line) => JSON.stringify(line)).join('\n');
  }
}
