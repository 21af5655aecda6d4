/**
 * Constants shared by the trunk muscle definitions (kept apart from muscles.ts so
 * the fascicle files can use them without an import cycle).
 */

/** Specific tension for trunk muscles, 60 N/cm² (spec §3.2 recommendation, kept in spec-v2 §3/§5; Rajagopal uses 60 for the lower limb) [E]. */
export const TRUNK_SPECIFIC_TENSION_N_PER_CM2 = 60;
