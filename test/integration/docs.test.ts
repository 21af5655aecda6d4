/** docs/model.md stays true to the parameter catalogue: every field and knob is documented. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GROUP_KNOBS, MUSCLE_GROUPS, STRATEGY_FIELDS, SUBJECT_FIELDS } from '@lumbo/model';

const modelDoc = readFileSync(new URL('../../docs/model.md', import.meta.url), 'utf8');

describe('docs/model.md', () => {
  it('documents every subject and strategy field', () => {
    for (const f of [...SUBJECT_FIELDS, ...STRATEGY_FIELDS]) expect(modelDoc).toContain(`\`${f.path}\``);
  });

  it('documents every muscle group with each of its knobs and ranges', () => {
    for (const g of MUSCLE_GROUPS) {
      const row = modelDoc.split('\n').find((line) => line.startsWith(`| \`${g}\``));
      expect(row, `row for ${g}`).toBeDefined();
      for (const k of GROUP_KNOBS[g]) expect(row).toContain(`\`${k.knob}\` ${k.min}–${k.max} (${k.default})`);
    }
  });

  it('says that Lumbo is not a diagnostic device', () => {
    expect(modelDoc).toMatch(/not a diagnostic device/);
  });
});

describe('docs/sweeps.md shows the deployment files that exist', () => {
  const sweepsDoc = readFileSync(new URL('../../docs/sweeps.md', import.meta.url), 'utf8');
  const file = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8').trimEnd();

  it('shows the Slurm array script CI submits (deploy/slurm/lumbo-array.sbatch), verbatim', () => {
    expect(sweepsDoc).toContain(`\`\`\`bash\n${file('deploy/slurm/lumbo-array.sbatch')}\n\`\`\``);
  });

  it('shows the Kubernetes Indexed Job (deploy/kubernetes/indexed-job.yaml), verbatim, and says it is untested', () => {
    expect(sweepsDoc).toContain(`\`\`\`yaml\n${file('deploy/kubernetes/indexed-job.yaml')}\n\`\`\``);
    expect(sweepsDoc).toMatch(/\*\*It is not tested\*\*/);
  });
});
