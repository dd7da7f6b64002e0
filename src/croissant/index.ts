// Croissant metadata.json checked as mlcroissant 1.1 checks it (its message texts), or against Croissant 1.1's
// required properties (profile `spec-1.1`); checksums of the files at hand. Browser-safe.
export { checkCroissant, type CroissantFinding, type CroissantResult, type HashFile, mlcroissantReport } from "./check.js";
export { CROISSANT_PROFILES, type CroissantProfile } from "./profiles.js";
