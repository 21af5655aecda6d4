/// <reference path="./comlink-node-adapter.d.ts" />
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { expose, wrap, releaseProxy } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { collectTransferables, transferResult } from './transfer.ts';

const openPorts: MessagePort[] = [];
afterEach(() => {
  for (const port of openPorts.splice(0)) port.close();
});

function channel(): MessageChannel {
  const ch = new MessageChannel();
  openPorts.push(ch.port1, ch.port2);
  return ch;
}

function received(port: MessagePort): Promise<unknown> {
  return new Promise((resolve) => port.once('message', resolve));
}

describe('collectTransferables', () => {
  it('finds the buffer of every typed array, however deeply nested', () => {
    const a = new Float64Array(4);
    const b = new Float32Array(2);
    const buffers = collectTransferables({ series: { a }, frames: [{ b }], label: 'x', n: 3 });
    expect(buffers).toHaveLength(2);
    expect(buffers).toContain(a.buffer);
    expect(buffers).toContain(b.buffer);
  });

  it('lists a buffer shared by two views only once, since transferring it twice would throw', () => {
    const buffer = new ArrayBuffer(64);
    const value = { x: new Float64Array(buffer, 0, 4), y: new Float64Array(buffer, 32, 4) };
    expect(collectTransferables(value)).toEqual([buffer]);
  });

  it('returns nothing for plain JSON data and ignores shared memory', () => {
    expect(collectTransferables({ a: [1, 2, { b: 'c' }], d: null })).toEqual([]);
    expect(collectTransferables({ s: new Float64Array(new SharedArrayBuffer(16)) })).toEqual([]);
  });

  it('survives cycles', () => {
    const node: Record<string, unknown> = { data: new Uint8Array(8) };
    node.self = node;
    expect(collectTransferables(node)).toHaveLength(1);
  });
});

describe('typed arrays in a posted result', () => {
  it('are moved, not copied: the sender is left with detached arrays (byteLength 0)', async () => {
    const { port1, port2 } = channel();
    const result = { pelvis: { anteriorTiltDeg: 13 }, series: { hipFlexionDeg: Float64Array.from([1, 2, 3]) } };
    const arrived = received(port2);
    port1.postMessage(result, collectTransferables(result));
    const copy = (await arrived) as typeof result;

    expect(result.series.hipFlexionDeg.byteLength).toBe(0);
    expect(Array.from(copy.series.hipFlexionDeg)).toEqual([1, 2, 3]);
    expect(copy.pelvis.anteriorTiltDeg).toBe(13);
  });
});

describe('transferResult through comlink', () => {
  it('returns the same object and makes comlink transfer its typed arrays', async () => {
    const { port1, port2 } = channel();
    const sent = { series: { tiltDeg: Float64Array.from([0.5, 1.5]) } };
    expose({ get: () => transferResult(sent) }, nodeEndpoint(port1));
    const remote = wrap<{ get(): typeof sent }>(nodeEndpoint(port2));

    const got = await remote.get();

    expect(Array.from(got.series.tiltDeg)).toEqual([0.5, 1.5]);
    expect(sent.series.tiltDeg.byteLength).toBe(0);
    remote[releaseProxy]();
  });

  it('leaves a result without typed arrays untouched', () => {
    const plain = { a: 1 };
    expect(transferResult(plain)).toBe(plain);
  });
});
