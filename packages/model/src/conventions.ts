/**
 * Sign conventions — the one place they are defined (docs/model.md copies this table).
 *
 * Internal frame (OpenSim gait2392 / Rajagopal, Delp 1990): x anterior, y superior, z right.
 * Internal units: m, kg, N, N·m, rad, s. Degrees only at the API edges (fields named …Deg).
 */
export const SIGN_CONVENTIONS = {
  frame: 'x anterior, y superior, z to the right (OpenSim gait2392/Rajagopal, Delp 1990)',
  anteriorTiltDeg: '+ = ASIS lower than PSIS (clinical anterior pelvic tilt)',
  pelvicTiltDeg: 'radiographic PT: + = S1 endplate midpoint posterior to the hip axis (retroversion increases it)',
  sacralSlopeDeg: 'angle of the S1 endplate to the horizontal (+ = endplate faces forward-up)',
  pelvicIncidenceDeg: 'PI = PT + SS (morphological constant)',
  obliquityDeg: '+ = right side of the pelvis lower (OpenSim pelvis_list)',
  axialRotationDeg: '+ = the pelvis turns left, right hemipelvis forward (OpenSim pelvis_rotation)',
  lateralBendDeg: '+ = the upper vertebra bends right (like OpenSim lumbar_bending)',
  levelAxialRotationDeg: '+ = the upper vertebra turns left (like OpenSim lumbar_rotation)',
  lateralCurveDeg: 'L1–S1 frontal Cobb angle, + = convex to the left (the spine bends right)',
  lordosisDeg: 'L1 upper endplate to S1 endplate Cobb angle, + = lordotic',
  levelAngleDeg: 'segmental angle, + = lordotic (extension)',
  forwardLeanDeg: 'thorax inclination from vertical, + = forward',
  lateralLeanDeg: 'thorax inclination from vertical in the frontal plane, + = leans right',
  apShearN: '+ = the upper vertebra is pushed anteriorly relative to the lower one',
  mlShearN: '+ = the upper vertebra is pushed to the right relative to the lower one',
  lateralMomentNm: '+ = bending to the right (right half of the disc compressed)',
  axialMomentNm: '+ = turns the upper vertebra left (presses the right facet)',
  facetForceN: 'contact force on the left or right facet joint (≥ 0: facets only push)',
  asymmetryIndex: '(right − left)/(right + left): + = right half carries more',
  hipFlexionDeg: '+ = flexion (OpenSim hip_flexion)',
  hipAdductionDeg: '+ = adduction (OpenSim hip_adduction)',
} as const;
