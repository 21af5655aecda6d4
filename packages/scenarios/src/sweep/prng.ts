/**
 * Seeded random numbers that are the same on every machine: 32-bit integer
 * arithmetic only (Math.imul, shifts), so no platform floating-point
 * differences can creep in.
 *
 * - splitmix32 turns (seed, stream) into well-mixed state words;
 * - xoshiro128** (Blackman & Vigna 2018, https://prng.di.unimi.it/) draws the numbers;
 * - a uniform double in [0, 1) takes 53 bits from two draws.
 *
 * A separate stream per design point (stream = point index) lets any point be
 * generated on its own, so a shard never has to generate the others.
 */

function splitmix32(state: { s: number }): number {
  state.s = (state.s + 0x9e3779b9) | 0;
  let z = state.s;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

export interface Random {
  /** Next 32-bit unsigned integer. */
  nextUint32(): number;
  /** Uniform double in [0, 1) with 53 random bits. */
  nextFloat(): number;
  /** Uniform integer in [0, bound) without modulo bias. */
  nextInt(bound: number): number;
}

export function createRandom(seed: number, stream = 0): Random {
  const mix = { s: (seed ^ Math.imul(stream, 0x27d4eb2f)) | 0 };
  // the stream also goes through splitmix so neighbouring streams are unrelated
  mix.s = (mix.s + splitmix32({ s: stream | 0 })) | 0;
  const s = Uint32Array.from({ length: 4 }, () => splitmix32(mix));
  if ((s[0]! | s[1]! | s[2]! | s[3]!) === 0) s[0] = 1; // xoshiro must not start from all zeros
  const nextUint32 = (): number => {
    const result = Math.imul(rotl(Math.imul(s[1]!, 5), 7), 9) >>> 0;
    const t = s[1]! << 9;
    s[2]! ^= s[0]!;
    s[3]! ^= s[1]!;
    s[1]! ^= s[2]!;
    s[0]! ^= s[3]!;
    s[2]! ^= t;
    s[3] = rotl(s[3]!, 11);
    return result;
  };
  return {
    nextUint32,
    nextFloat: () => ((nextUint32() >>> 5) * 67108864 + (nextUint32() >>> 6)) / 9007199254740992,
    nextInt(bound) {
      // rejection sampling: drop the top partial range of 2^32
      const limit = 4294967296 - (4294967296 % bound);
      let x = nextUint32();
      while (x >= limit) x = nextUint32();
      return x % bound;
    },
  };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
