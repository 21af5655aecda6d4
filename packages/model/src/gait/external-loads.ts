/**
 * Which force-plate columns act on which foot, read from the trial's OpenSim ExternalLoads `.xml` (docs/model.md
 * §9.1, "Your own trial's force plates"): the lab's own statement of it, so a lab need not retype its column
 * prefixes. Each enabled ExternalForce applied to a body ending `_r` (calcn_r, toes_r, foot_r…) is the right foot's,
 * `_l` the left's; its identifiers name the columns groundReactionsFromMot reads (`<prefix>force_v{x,y,z}`,
 * `<prefix>force_p{x,y,z}`, `<prefix>torque_{x,y,z}`), so the prefix is the force identifier less `force_v`.
 * The reader takes force and point in the ground frame only, so any other frame is refused rather than misread.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { StorageFormatError } from '../io/storage.ts';

/** groundReactionsFromMot's column prefixes of each foot. */
export interface FootPrefixes {
  readonly rightPrefix: string;
  readonly leftPrefix: string;
}

/** The suffixes measured-reactions.ts appends to a prefix (then x, y, z). */
const FORCE_SUFFIX = 'force_v';
const POINT_SUFFIX = 'force_p';
const TORQUE_SUFFIX = 'torque_';
/** The one frame the reader takes force and point in (OpenSim's default when the field is absent). */
const GROUND = 'ground';

type Node = Record<string, unknown>;

/** Made per file, not at import: a bundle that imports the model without reading an .xml keeps none of the parser. */
function xmlParser(): XMLParser {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    // identifiers like `1_ground_force_v` and flags stay text: the reader compares strings
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    isArray: (tagName) => tagName === 'ExternalForce',
  });
}

function fail(message: string): never {
  throw new StorageFormatError(`external loads: ${message}`);
}

/** A child element's text ('' for an empty element), or undefined when absent. */
function text(node: Node, field: string): string | undefined {
  const v = node[field];
  if (v === undefined) return undefined;
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'object' && v !== null && typeof (v as Node)['#text'] === 'string') return ((v as Node)['#text'] as string).trim();
  if (typeof v === 'object' && v !== null) return '';
  return String(v).trim();
}

function bool(node: Node, field: string, label: string): boolean | undefined {
  const v = text(node, field);
  if (v === undefined) return undefined;
  const lower = v.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  return fail(`${label} ${field} must be true or false, got ${JSON.stringify(v)}`);
}

/** The ExternalLoads element, under OpenSimDocument as OpenSim writes it or at the root. */
function externalLoads(doc: Node): Node {
  const root = (doc.OpenSimDocument ?? doc) as Node;
  const loads = root.ExternalLoads;
  if (typeof loads !== 'object' || loads === null) fail(`no <ExternalLoads> element (an OpenSim external loads .xml has one), got elements ${Object.keys(root).filter((k) => !k.startsWith('?')).join(', ') || 'none'}`);
  return loads as Node;
}

interface Force {
  readonly label: string;
  readonly body: string;
  readonly prefix: string;
}

/** One enabled ExternalForce's body and column prefix, or null when it is disabled. */
function readForce(node: Node, index: number): Force | null {
  const label = `ExternalForce ${JSON.stringify((node['@_name'] as string | undefined) ?? `#${index + 1}`)}`;
  // OpenSim 3 writes isDisabled, OpenSim 4 appliesForce: either switches a force off
  if (bool(node, 'isDisabled', label) === true || bool(node, 'appliesForce', label) === false) return null;
  const body = text(node, 'applied_to_body') ?? '';
  if (body === '') fail(`${label} applied_to_body must name the foot's body (ending _r or _l, e.g. calcn_r), got none`);
  for (const field of ['force_expressed_in_body', 'point_expressed_in_body']) {
    const frame = text(node, field) ?? GROUND;
    if (frame !== GROUND) fail(`${label} ${field} must be ${GROUND} (the reader takes forces and centres of pressure in the ground frame), got ${JSON.stringify(frame)}`);
  }
  const forceId = text(node, 'force_identifier') ?? '';
  if (!forceId.endsWith(FORCE_SUFFIX)) fail(`${label} force_identifier must be a column prefix followed by ${FORCE_SUFFIX} (columns <prefix>${FORCE_SUFFIX}x/y/z, e.g. ground_${FORCE_SUFFIX}), got ${JSON.stringify(forceId)}`);
  const prefix = forceId.slice(0, -FORCE_SUFFIX.length);
  const pointId = text(node, 'point_identifier') ?? '';
  if (pointId !== prefix + POINT_SUFFIX) fail(`${label} point_identifier must be ${JSON.stringify(prefix + POINT_SUFFIX)} (the force_identifier's prefix ${JSON.stringify(prefix)} followed by ${POINT_SUFFIX}), got ${JSON.stringify(pointId)}`);
  // the free torque is optional to the reader: no identifier, no torque
  const torqueId = text(node, 'torque_identifier') ?? '';
  if (torqueId !== '' && torqueId !== prefix + TORQUE_SUFFIX) fail(`${label} torque_identifier must be ${JSON.stringify(prefix + TORQUE_SUFFIX)} (the force_identifier's prefix ${JSON.stringify(prefix)} followed by ${TORQUE_SUFFIX}) or empty, got ${JSON.stringify(torqueId)}`);
  return { label, body, prefix };
}

/** The one enabled force on the given side's foot (bodies ending `_r` or `_l`). */
function footPrefix(forces: readonly Force[], side: 'right' | 'left'): string {
  const suffix = side === 'right' ? '_r' : '_l';
  const mine = forces.filter((f) => f.body.endsWith(suffix));
  if (mine.length !== 1) {
    const all = forces.map((f) => f.body).join(', ') || 'none';
    fail(`exactly one enabled ExternalForce must act on the ${side} foot (applied_to_body ending ${suffix}, e.g. calcn${suffix}), got ${mine.length}${mine.length > 1 ? ` (${mine.map((f) => `${f.label} on ${f.body}`).join(', ')})` : ''}; enabled forces act on: ${all}`);
  }
  return mine[0]!.prefix;
}

/** Reads an OpenSim ExternalLoads .xml's foot column prefixes (throws StorageFormatError naming the field and value). */
export function footPrefixesFromExternalLoads(xml: string): FootPrefixes {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new StorageFormatError(`external loads: not well-formed XML: ${valid.err.msg}`, valid.err.line);
  const loads = externalLoads(xmlParser().parse(xml) as Node);
  const objects = loads.objects;
  const list = (typeof objects === 'object' && objects !== null ? (objects as Node).ExternalForce : undefined) as Node[] | undefined;
  const forces = (list ?? []).map(readForce).filter((f): f is Force => f !== null);
  const body = forces.find((f) => !f.body.endsWith('_r') && !f.body.endsWith('_l'));
  if (body) fail(`${body.label} applied_to_body must be a right or left foot's body (ending _r or _l, e.g. calcn_r, calcn_l), got ${JSON.stringify(body.body)}`);
  return { rightPrefix: footPrefix(forces, 'right'), leftPrefix: footPrefix(forces, 'left') };
}
