// Reads the commands out of a client's byte stream to Redis (RESP arrays of bulk strings, or inline commands),
// however the stream is cut into chunks, and reports each command's name.
export class RespCommandReader {
  private buffered: Buffer = Buffer.alloc(0);

  constructor(private readonly onCommand: (name: string) => void) {}

  push(chunk: Buffer): void {
    this.buffered = this.buffered.length ? Buffer.concat([this.buffered, chunk]) : chunk;
    while (this.readOne());
  }

  /** Takes one whole command off the front of the buffer; false when the buffer holds only part of one. */
  private readOne(): boolean {
    const b = this.buffered;
    if (b.length === 0) return false;
    const eol = b.indexOf('\r\n');
    if (eol < 0) return false;
    if (b[0] !== 0x2a /* '*' */) {
      const name = b.subarray(0, eol).toString().trim().split(/\s+/)[0];
      this.buffered = b.subarray(eol + 2);
      if (name) this.onCommand(name.toLowerCase());
      return true;
    }
    const parts = Number(b.subarray(1, eol).toString());
    let pos = eol + 2;
    let name = '';
    for (let i = 0; i < parts; i++) {
      const end = b.indexOf('\r\n', pos);
      if (end < 0) return false;
      const length = Number(b.subarray(pos + 1, end).toString()); // after '$'
      const start = end + 2;
      if (b.length < start + length + 2) return false;
      if (i === 0)
        name = b
          .subarray(start, start + length)
          .toString()
          .toLowerCase();
      pos = start + length + 2;
    }
    this.buffered = b.subarray(pos);
    this.onCommand(name);
    return true;
  }
}
