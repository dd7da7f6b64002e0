// The Croissant profiles a metadata.json is checked against (kept apart from the checker, so that the CLI can
// list them without loading it).

/** `mlcroissant`: what mlcroissant 1.1 reports; `spec-1.1`: also Croissant 1.1's required properties. */
export const CROISSANT_PROFILES = ["mlcroissant", "spec-1.1"] as const;
export type CroissantProfile = (typeof CROISSANT_PROFILES)[number];
