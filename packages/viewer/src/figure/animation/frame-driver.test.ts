import { describe, expect, it, vi } from 'vitest';
import { compileModel, simulateGait } from '@lumbo/model';
import { motionFromGait } from '../motion/motion.ts';
import { createSampler } from '../motion/sampler.ts';
import { createPlayhead } from '../../store/playhead.ts';
import { createFrameDriver, type Part } from './frame-driver.ts';

const gait = simulateGait(compileModel({}), { framesPerCycle: 21 });
const playing = { playing: true, speed: 1, loop: true };

function setup() {
  const playhead = createPlayhead();
  playhead.setCycle(gait.frames, gait.cycleDurationS);
  const driver = createFrameDriver(playhead);
  driver.gait = true;
  const sampler = createSampler(motionFromGait(gait));
  const seen: number[] = [];
  const part: Part = { update: (s) => seen.push(s.index), drawn: -1 };
  driver.addFigure({ sampler, parts: [part] });
  return { playhead, driver, sampler, seen };
}

describe('frame driver', () => {
  it('moves the figures with the playhead while playing and redraws parts only when the frame changed', () => {
    const { playhead, driver, seen } = setup();
    expect(driver.tick(0.1, playing, () => undefined)).toBe(true);
    expect(playhead.position).toBeGreaterThan(0);
    expect(seen).toHaveLength(1);
    // paused: the same frame, nothing redrawn, no further frame wanted
    expect(driver.tick(0.1, { ...playing, playing: false }, () => undefined)).toBe(false);
    expect(seen).toHaveLength(1);
    expect(driver.timings.count).toBe(1);
  });

  it('keeps drawing the other parts when one throws', () => {
    const { driver, sampler } = setup();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const after = vi.fn();
    const broken: Part = {
      update: () => {
        throw new Error('boom');
      },
      drawn: -1,
    };
    driver.addFigure({ sampler: createSampler(sampler.motion), parts: [broken, { update: after, drawn: -1 }] });
    driver.tick(0.05, playing, () => undefined);
    driver.tick(0.05, playing, () => undefined);
    expect(after).toHaveBeenCalledTimes(2);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it('stops at the end without looping and says so', () => {
    const { playhead, driver } = setup();
    playhead.seek(gait.frames - 1.2);
    const ended = vi.fn();
    driver.tick(0.1, { ...playing, loop: false }, ended);
    expect(ended).toHaveBeenCalledOnce();
    expect(playhead.position).toBe(gait.frames - 1);
  });
});
