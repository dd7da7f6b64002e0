// Valid 0.2 and 0.3 generation documents (generic, dataset, application, notebook) to mutate in tests.
import { validGeneric } from "./model.js";

export function validGenericV0_2(): Record<string, any> {
  return {
    format_version: "0.2.4",
    type: "tool",
    name: "Segmentation helper",
    description: "Helps with segmentations.",
    authors: [{ name: "Ada Lovelace", github_user: "ada" }],
    cite: [{ text: "A paper", doi: "10.1234/abcd" }],
    license: "MIT",
    tags: ["segmentation"],
    documentation: "README.md",
  };
}

/** A valid 0.3 description of `type` (generic when not given); a notebook has its source. */
export function validV0_3(type?: "dataset" | "application" | "notebook"): Record<string, any> {
  const doc = validGeneric();
  if (type === undefined) {
    return doc;
  }
  return { ...doc, type, source: type === "notebook" ? "notebook.ipynb" : type === "dataset" ? "https://example.com/data" : "app.py" };
}

export function validV0_2(type?: "dataset" | "application" | "notebook"): Record<string, any> {
  const doc = validGenericV0_2();
  if (type === undefined) {
    return doc;
  }
  return { ...doc, type, source: type === "notebook" ? "notebook.ipynb" : type === "dataset" ? "https://example.com/data" : "app.py" };
}
