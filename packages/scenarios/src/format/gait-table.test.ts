import { describe, expect, it } from 'vitest';
import { compileModel, simulateGait } from '@lumbo/model';
import { formatGaitTable } from './gait-table.ts';

describe('the gait table', { timeout: 300_000 }, () => {
  const result = simulateGait(compileModel({ muscles: { gluteusMedius: { right: { strength: 0.25 } }, gluteusMinimus: { right: { strength: 0.25 } } }, strategy: { duchenne: 0 } }));
  const text = formatGaitTable(result);

  it('lists, per level, the peak compression, the disc halves and the facet joints with the model’s own numbers', () => {
    const s = result.summary.levels['L4/L5'];
    const line = text.split('\n').find((l) => l.trimStart().startsWith('L4/L5') && l.includes('facets'))!;
    expect(line).toContain(`${Math.round(s.peakCompressionN)} N`);
    expect(line).toContain(`facets ${Math.round(s.peakLeftFacetForceN)}|${Math.round(s.peakRightFacetForceN)} N`);
  });

  it('names the weak side’s abductor deficit in its warnings and ends with the disclaimer', () => {
    expect(text).toMatch(/Right stance: the hip abductors fall [\d.]+ N·m short/);
    expect(text.trimEnd().endsWith('not a diagnostic device.')).toBe(true);
  });

  it('shows the hip-flexor deficit and the piriformis turn of the hip per side', () => {
    const stiff = simulateGait(compileModel({ muscles: { piriformis: { right: { stiffness: 3 } } } }));
    const line = formatGaitTable(stiff).split('\n').find((l) => l.includes('hip rotation by piriformis'))!;
    expect(line).toContain(`0.0|${stiff.summary.meanStanceHipRotationPiriformisDeg.right.toFixed(1)}°`);
    expect(text).toMatch(/peak hip-flexor deficit L\|R +0\.0\|0\.0 N·m/);
  });

  it('shows the backward lurch of each stance leg: none with the abductors weak, the model’s peak when the hip extensors cannot hold the trunk', () => {
    const row = (t: string, side: string) => t.split('\n').find((l) => l.trimStart().startsWith(`${side} `) && /\d/.test(l))!.trim().split(/\s+/);
    const header = text.split('\n').find((l) => l.includes('peak lurch back °'))!;
    expect(header).toBeDefined();
    expect(row(text, 'right')[3]).toBe('0.0');
    const both = (k: Record<string, number>) => ({ left: k, right: k });
    const lurching = simulateGait(compileModel({ muscles: { gluteusMaximus: both({ strength: 0.05, onsetDelayMs: 100 }), hamstrings: both({ strength: 0.1 }) } }));
    const peak = Math.max(...lurching.trunkLurchDeg.right);
    expect(peak).toBeGreaterThan(1);
    expect(row(formatGaitTable(lurching), 'right')[3]).toBe(peak.toFixed(1));
  });
});
