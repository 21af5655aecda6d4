/// <reference path="./comlink-node-adapter.d.ts" />
import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { expose, releaseProxy, wrap } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { ModelParamsError } from '../params/errors.ts';
import { installErrorSerializer } from './error-serializer.ts';

describe('installErrorSerializer', () => {
  it('lets a ModelParamsError keep its name, message, path and received value across a comlink call', async () => {
    installErrorSerializer();
    const { port1, port2 } = new MessageChannel();
    expose(
      {
        fail() {
          throw new ModelParamsError('subject.massKg must be within [35, 150], got 500', 'subject.massKg', 500);
        },
      },
      nodeEndpoint(port1),
    );
    const remote = wrap<{ fail(): void }>(nodeEndpoint(port2));

    await expect(remote.fail()).rejects.toMatchObject({
      name: 'ModelParamsError',
      message: 'subject.massKg must be within [35, 150], got 500',
      path: 'subject.massKg',
      received: 500,
    });

    remote[releaseProxy]();
    port1.close();
  });
});
