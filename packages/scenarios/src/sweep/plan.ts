/**
 * A SweepPlan: the scenario, its design and its columns, and the rule that
 * turns a row index into parameters and a task. Row r is design point
 * ⌊r / T⌋ with task r mod T (T tasks), so rows are point-major; a shard
 * takes whole points (see shard.ts).
 */
import type { ModelParams } from '@lumbo/model';
import type { ScenarioTask } from '../scenario/tasks.ts';
import { describeValue, fieldName, ScenarioFileError } from '../scenario/errors.ts';
import { fieldIndex, fieldSpec, nestVector, rangeText } from '../scenario/param-vector.ts';
import type { Scenario } from '../scenario/types.ts';
import { sweepColumns, type CellValue, type Column } from './columns.ts';
import { buildDesign } from './design/build.ts';
import type { Design } from './design/types.ts';
import { checkShard, pointsInShard, shardPoint, WHOLE, type Shard } from './shard.ts';

/** Above this many rows in one run, the CLI asks for --yes (about 3–4 minutes on two cores at ~250 rows/s per core). */
export const LARGE_SWEEP_ROWS = 100_000;
/** Derived values are checked for every point before the sweep starts up to this many points; beyond, as rows are made. */
const PRECHECK_POINTS = 200_000;

export interface PlannedPoint {
  /** Design index. */
  readonly point: number;
  /** The full parameter set as a vector over the catalogue (what the workers receive: cheap to copy). */
  readonly vector: Float64Array;
  /** The same parameters as the nested object the model takes. */
  readonly params: ModelParams;
  /** Bookkeeping and parameter cells of the row, in column order, before the task columns are filled. */
  readonly factorValues: readonly number[];
  readonly derivedValues: readonly number[];
  readonly varied: string | undefined;
}

export interface SweepPlan {
  readonly scenario: Scenario;
  readonly design: Design;
  readonly columns: readonly Column[];
  readonly tasks: readonly ScenarioTask[];
  readonly shard: Shard;
  readonly pointCount: number;
  /** Rows of the whole design (points × tasks). */
  readonly rowCount: number;
  /** Rows this shard runs. */
  readonly shardRowCount: number;
  /** The n-th row of this shard: its global row index, point and task. */
  shardRow(n: number): { row: number; point: number; taskIndex: number };
  pointAt(point: number): PlannedPoint;
}

function setNested(root: Record<string, unknown>, path: string, value: number): void {
  const keys = path.split('.');
  const leaf = keys.pop() as string;
  let node = root;
  for (const key of keys) node = node[key] as Record<string, unknown>;
  node[leaf] = value;
}

export function createPlan(scenario: Scenario, shard: Shard = WHOLE): SweepPlan {
  checkShard(shard);
  const design = buildDesign(scenario);
  if (!Number.isSafeInteger(design.pointCount * scenario.tasks.length)) {
    throw new ScenarioFileError(scenario.file, scenario.lineOf(['design']), 'design', `expected fewer than 2^53 rows, got about ${design.pointCount.toExponential(2)} points × ${scenario.tasks.length} tasks`);
  }
  const factorIndices = design.factorPaths.map(fieldIndex);
  const tasks = scenario.tasks;
  const T = tasks.length;
  const scratch = new Float64Array(design.factorPaths.length);

  const pointAt = (point: number): PlannedPoint => {
    const vector = scenario.base.slice();
    design.pointValues(point, scratch);
    factorIndices.forEach((index, k) => (vector[index] = scratch[k]!));
    const factorValues = Array.from(scratch);
    const derivedValues: number[] = [];
    if (scenario.derived.length > 0) {
      const scope = nestVector(vector) as unknown as Record<string, unknown>;
      for (const d of scenario.derived) {
        const value = d.evaluate(scope);
        const spec = fieldSpec(d.path);
        if (spec && !(value >= spec.min && value <= spec.max)) {
          throw new ScenarioFileError(
            scenario.file,
            scenario.lineOf(d.filePath),
            fieldName(d.filePath),
            `at design point ${point} the expression ${describeValue(d.text)} gives ${value}, outside ${d.path}'s range ${rangeText(spec)}`,
          );
        }
        vector[fieldIndex(d.path)] = value;
        setNested(scope, d.path, value);
        derivedValues.push(value);
      }
    }
    return {
      point,
      vector,
      get params() {
        return nestVector(vector);
      },
      factorValues,
      derivedValues,
      varied: design.variedFactor?.(point),
    };
  };

  if (scenario.derived.length > 0 && design.pointCount <= PRECHECK_POINTS) {
    for (let n = 0; n < pointsInShard(design.pointCount, shard); n++) pointAt(shardPoint(n, shard));
  }

  return {
    scenario,
    design,
    columns: sweepColumns({
      varied: design.variedFactor !== undefined,
      tasks,
      factorPaths: design.factorPaths,
      derivedPaths: scenario.derived.map((d) => d.path),
      outputs: scenario.outputs,
    }),
    tasks,
    shard,
    pointCount: design.pointCount,
    rowCount: design.pointCount * T,
    shardRowCount: pointsInShard(design.pointCount, shard) * T,
    shardRow(n) {
      const point = shardPoint(Math.floor(n / T), shard);
      const taskIndex = n % T;
      return { row: point * T + taskIndex, point, taskIndex };
    },
    pointAt,
  };
}

export type { CellValue };
