/**
 * A fix for `@electric-sql/pglite-socket` 0.2 (upstream electric-sql/pglite#1046, PR #977):
 * its query queue serialises single protocol *messages* across connections, so the
 * extended-query messages of two connections (Parse/Bind/Describe/Execute … Sync) can
 * interleave in PGlite's one session and clobber each other's unnamed statement and portal
 * ("portal "" does not exist", wrong rows). This replaces the connection handler's
 * `handleData` with one that keeps a connection's extended-query messages together and hands
 * them to the queue as one unit at the next Sync, Flush or other message. Everything else
 * (framing, SSL and cancel requests, writing answers back) is the library's own logic.
 * Remove when the library batches by itself.
 */
import type { PGLiteSocketHandler } from "@electric-sql/pglite-socket";

/** Extended-query messages held until the batch ends: Parse, Bind, Describe, Execute, Close. */
const HELD = new Set([0x50, 0x42, 0x44, 0x45, 0x43]);
const PROTOCOL_3 = 196608;

type HandlerInternals = {
  socket: { writable: boolean; write: (data: Buffer, cb: (error?: Error | null) => void) => void } | null;
  active: boolean;
  id: number;
  messageBuffer: Buffer;
  held?: Buffer[];
  queryQueue: { enqueue: (id: number, message: Uint8Array, onData: (data: Uint8Array) => void) => Promise<number> };
  handleSslRequest: () => boolean;
  handleCancelRequest: () => boolean;
  dispatchEvent: (event: Event) => boolean;
};

const patched = new WeakSet<object>();

export function batchExtendedQueries(Handler: typeof PGLiteSocketHandler): void {
  const proto = Handler.prototype as unknown as Record<string, unknown>;
  if (patched.has(proto)) return;
  patched.add(proto);
  proto.handleData = async function handleData(this: HandlerInternals, data: Buffer): Promise<number> {
    if (!this.socket || !this.active) return 0;
    this.messageBuffer = Buffer.concat([this.messageBuffer, data]);
    let outgoing = 0;
    while (this.messageBuffer.length > 0) {
      if (this.handleSslRequest() || this.handleCancelRequest()) continue;
      // Framing as the library does: a startup message (length, protocol 3.0) or a typed one.
      let length = 0;
      let startup = false;
      if (this.messageBuffer.length >= 8 && this.messageBuffer.readInt32BE(4) === PROTOCOL_3) {
        length = this.messageBuffer.readInt32BE(0);
        startup = true;
      } else if (this.messageBuffer.length >= 5) {
        length = 1 + this.messageBuffer.readInt32BE(1);
      }
      if (length === 0 || this.messageBuffer.length < length) break;
      const message = this.messageBuffer.subarray(0, length);
      this.messageBuffer = this.messageBuffer.subarray(length);
      if (!this.active || !this.socket) break;
      if (!startup && HELD.has(message[0]!)) {
        (this.held ??= []).push(Buffer.from(message));
        continue;
      }
      const unit = this.held?.length ? Buffer.concat([...this.held, message]) : message;
      this.held = [];
      let writeError: Error | undefined;
      await this.queryQueue.enqueue(this.id, new Uint8Array(unit), (answer) => {
        if (answer.length > 0 && this.socket?.writable && this.active) {
          this.socket.write(Buffer.from(answer), (error) => {
            if (error) writeError = error;
          });
        }
        outgoing += answer.length;
      });
      if (writeError) throw writeError;
    }
    this.dispatchEvent(new CustomEvent("data", { detail: { incoming: data.length, outgoing } }));
    return outgoing;
  };
}
