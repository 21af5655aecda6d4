/**
 * One lumbar vertebra as a single indexed mesh, built procedurally once and
 * instanced per level (L1–L5, each carried by its own model body): a waisted
 * kidney-shaped body, pedicles, laminae, a spinous process, transverse
 * processes, superior and inferior articular processes with their facets.
 *
 * Built at the size of a typical mid-lumbar vertebra in its own frame
 * (origin at the body's centre, x anterior, y up the body axis, z right),
 * then scaled per level to the model's disc sizes: body depth and width,
 * height between the discs. Dimensions after Panjabi et al. 1992 (L3: body
 * 34 × 48 × 27 mm, pedicles ~9 × 15 mm, transverse processes ~80 mm tip to
 * tip, spinous process ~30 mm beyond the laminae), rounded; the posterior
 * elements sit where the model's muscles attach to them (multifidus on the
 * lamina 55 mm behind the body, erector slips and QL on the transverse
 * process 35 mm behind and 40 mm lateral; docs/model.md §4, "Trunk fascicles").
 */
import { BufferGeometry, CylinderGeometry, LatheGeometry, Matrix4, Quaternion, SphereGeometry, Vector2, Vector3 } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';

/** The reference vertebra's body: AP depth, height and width (m). Placements scale by level size / these. */
export const VERTEBRA_REF = { depthM: 0.035, heightM: 0.027, widthM: 0.048 } as const;

const _m = new Matrix4();
const _q = new Quaternion();

/**
 * A rod from a to b with an elliptical section: `rWide` along `wide` (made
 * perpendicular to the rod), `rThin` across it; tapered by `taper` (tip/root).
 */
function rod(a: Vector3, b: Vector3, rWide: number, rThin: number, wide: Vector3, taper = 1, radial = 8): BufferGeometry {
  const axis = new Vector3().subVectors(b, a);
  const len = axis.length();
  const y = axis.clone().normalize();
  const x = wide.clone().sub(y.clone().multiplyScalar(wide.dot(y))).normalize();
  const z = new Vector3().crossVectors(x, y);
  // a cylinder of radius 1 whose ends are closed; its local x gets rWide, z gets rThin
  const g = new CylinderGeometry(taper, 1, 1, radial, 1);
  g.scale(rWide, len, rThin);
  _m.makeBasis(x, y, z).setPosition(a.clone().add(b).multiplyScalar(0.5));
  g.applyMatrix4(_m);
  return g;
}

function ellipsoid(centre: Vector3, rx: number, ry: number, rz: number, rotateToward?: Vector3): BufferGeometry {
  const g = new SphereGeometry(1, 8, 6);
  g.scale(rx, ry, rz);
  if (rotateToward) {
    _q.setFromUnitVectors(new Vector3(1, 0, 0), rotateToward.clone().normalize());
    g.applyQuaternion(_q);
  }
  g.translate(centre.x, centre.y, centre.z);
  return g;
}

function body(): BufferGeometry {
  const { depthM, heightM, widthM } = VERTEBRA_REF;
  // profile (radius, height) of a waisted cylinder with closed, slightly rimmed endplates
  const profile = [
    [0, -0.5],
    [0.9, -0.5],
    [1, -0.47],
    [0.93, -0.2],
    [0.91, 0],
    [0.93, 0.2],
    [1, 0.47],
    [0.9, 0.5],
    [0, 0.5],
  ].map(([r, y]) => new Vector2(r, y));
  const g = new LatheGeometry(profile, 22);
  // kidney section: flatten the back (posterior wall, −x) a little
  const p = g.attributes.position!;
  for (let i = 0; i < p.count; i++) {
    const x = p.getX(i);
    if (x < 0) p.setX(i, x * 0.72);
  }
  g.scale(depthM / 2, heightM, widthM / 2);
  g.computeVertexNormals();
  return g;
}

/** The reference vertebra (m, its own frame). Built once per page: share it, do not dispose it. */
function buildVertebra(): BufferGeometry {
  const parts: BufferGeometry[] = [body()];
  const yAxis = new Vector3(0, 1, 0);
  const xAxis = new Vector3(1, 0, 0);
  const back = -0.0126; // posterior wall of the body (flattened)
  for (const side of [-1, 1]) {
    const v = (x: number, y: number, z: number) => new Vector3(x, y, z * side);
    // pedicle: from the upper half of the body's back wall to the pedicle–lamina junction
    parts.push(rod(v(back + 0.003, 0.004, 0.012), v(-0.031, 0.004, 0.014), 0.0075, 0.0045, yAxis));
    // lamina: from the junction to the midline, sloping down and back (forms the canal's roof)
    parts.push(rod(v(-0.031, 0.003, 0.014), v(-0.045, -0.003, 0.001), 0.009, 0.003, yAxis));
    // transverse process: lateral and slightly back, tapering (erector slips and QL attach at its tip region)
    parts.push(rod(v(-0.028, 0.004, 0.016), v(-0.036, 0.006, 0.047), 0.005, 0.0028, yAxis, 0.7));
    // superior articular process rising from the junction; its facet faces back and in
    parts.push(rod(v(-0.03, 0.006, 0.016), v(-0.035, 0.021, 0.018), 0.0045, 0.0035, xAxis));
    parts.push(ellipsoid(v(-0.037, 0.017, 0.016), 0.002, 0.006, 0.0045, v(-0.6, 0, -0.8)));
    // mammillary process on the superior process's back (multifidus attaches here and on the lamina)
    parts.push(ellipsoid(v(-0.04, 0.01, 0.017), 0.004, 0.004, 0.004));
    // inferior articular process hanging from the lamina; its facet faces out and forward
    parts.push(rod(v(-0.041, 0.0, 0.01), v(-0.042, -0.021, 0.011), 0.0045, 0.0035, xAxis));
    parts.push(ellipsoid(v(-0.041, -0.016, 0.0135), 0.002, 0.006, 0.0045, v(0.6, 0, 0.8)));
  }
  // spinous process: a flat, deep plate running back and slightly down from the laminae's junction
  parts.push(rod(new Vector3(-0.043, -0.002, 0), new Vector3(-0.082, -0.008, 0), 0.011, 0.0035, yAxis, 0.85));
  // laminae thicken where they join the spinous process (multifidus attaches on both sides)
  for (const side of [-1, 1]) parts.push(ellipsoid(new Vector3(-0.052, -0.004, 0.0065 * side), 0.008, 0.006, 0.0045));
  // its thickened tip
  parts.push(ellipsoid(new Vector3(-0.082, -0.008, 0), 0.004, 0.009, 0.0045));
  const indexed = parts.map((g) => (g.index ? g.toNonIndexed() : g));
  for (const g of indexed) {
    g.deleteAttribute('uv');
  }
  const merged = mergeGeometries(indexed);
  if (!merged) throw new Error('could not merge the vertebra parts');
  for (const g of parts) g.dispose();
  merged.computeBoundingBox();
  merged.computeBoundingSphere();
  return merged;
}

export const UNIT_VERTEBRA: BufferGeometry = buildVertebra();
