/** One write of a file being made: the shape mediabunny's StreamTarget (and FileSystemWritableFileStream) takes. */
export interface FileWrite {
  type: 'write';
  data: Uint8Array;
  position: number;
}

interface Part {
  start: number;
  blob: Blob;
}

/**
 * A file assembled from positional writes, kept as Blob parts: each write leaves the JS heap as a Blob (which the
 * browser may keep out of the page's memory, Chromium on disk once large), a later write over earlier bytes
 * (a muxer patching a size or the duration) replaces them by slicing, and `blob()` joins the parts without copying.
 */
export class BlobFile {
  #parts: Part[] = [];
  #size = 0;

  /** A sink for a StreamTarget. */
  readonly writable = new WritableStream<FileWrite>({ write: ({ data, position }) => this.write(data, position) });

  get size(): number {
    return this.#size;
  }

  write(data: Uint8Array, position: number): void {
    if (position > this.#size) this.write(new Uint8Array(position - this.#size), this.#size);
    const piece: Part = { start: position, blob: new Blob([data as Uint8Array<ArrayBuffer>]) };
    const end = position + data.byteLength;
    if (position === this.#size) {
      this.#parts.push(piece);
      this.#size = end;
      return;
    }
    // Patches land near the end (a cluster's size) or in the header: look from the end for what they overlap.
    let first = this.#parts.length;
    while (first > 0 && this.#parts[first - 1]!.start + this.#parts[first - 1]!.blob.size > position) first--;
    let last = first;
    while (last < this.#parts.length && this.#parts[last]!.start < end) last++;
    const kept: Part[] = [];
    for (const part of this.#parts.slice(first, last)) {
      if (part.start < position) kept.push({ start: part.start, blob: part.blob.slice(0, position - part.start) });
    }
    kept.push(piece);
    for (const part of this.#parts.slice(first, last)) {
      const partEnd = part.start + part.blob.size;
      if (partEnd > end) kept.push({ start: end, blob: part.blob.slice(end - part.start) });
    }
    this.#parts.splice(first, last - first, ...kept);
    this.#size = Math.max(this.#size, end);
  }

  blob(type: string): Blob {
    return new Blob(this.#parts.map(part => part.blob), { type });
  }
}
