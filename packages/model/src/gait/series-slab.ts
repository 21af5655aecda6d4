/**
 * Views into a few large Float64Arrays instead of one ArrayBuffer per series.
 *
 * A gait result holds ~230 short series (101 frames each). Every ArrayBuffer is
 * a backing store of its own, allocated, zeroed and registered with the garbage
 * collector; in Chromium's workers that costs several microseconds per buffer,
 * and the page pays again for each buffer it receives. Handing out views of a
 * few large buffers makes the allocation one per chunk (docs/performance.md,
 * "The gait cycle in a browser worker", typed arrays). Views are ordinary Float64Arrays to every
 * reader; only `.buffer` is shared, and the worker's transfer list is deduplicated
 * by buffer (worker/transfer.ts).
 */
export class Float64Slab {
  private chunk: Float64Array | null = null;
  private used = 0;

  /** `chunkLength`: doubles per shared buffer; a request longer than a quarter of it gets a buffer of its own. */
  constructor(private readonly chunkLength: number) {}

  /** A zeroed Float64Array of `length` elements. */
  take(length: number): Float64Array {
    if (length * 4 > this.chunkLength) return new Float64Array(length);
    if (this.chunk === null || this.used + length > this.chunk.length) {
      this.chunk = new Float64Array(this.chunkLength);
      this.used = 0;
    }
    const view = this.chunk.subarray(this.used, this.used + length);
    this.used += length;
    return view;
  }
}
