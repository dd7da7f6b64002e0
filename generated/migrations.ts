// generated from specs/ by codegen - do not edit
/** Each step from one version of a type to the next, by `family/type`, oldest first. */
export const migrationSteps = {} as const;
