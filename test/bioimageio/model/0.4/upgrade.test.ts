// The model 0.3.x/0.4.x patch chain (the reference's _v0_3_converter.py and _v0_4_converter.py), step by step,
// and its behaviour on malformed input, where the expected outcomes are the reference's (bioimageio.spec 0.5.7.2).
import { describe, expect, test } from "vitest";
import { convertModelFromOlderFormat } from "../../../../src/bioimageio/model/0.4/upgrade.js";
import { loadCorpusDocument } from "../../../helpers/model.js";
import { validateDoc } from "../../../helpers/validate.js";

type Doc = Record<string, any>;

function converted(doc: Doc): Doc {
  const copy = structuredClone(doc);
  convertModelFromOlderFormat(copy);
  return copy;
}

const v0_3_1 = (): Doc => loadCorpusDocument("history/example_specs/models/unet2d_nuclei_broad/rdf_v0_3_1.yaml");
const v0_3_6 = (): Doc => loadCorpusDocument("history/example_specs/models/unet2d_nuclei_broad/rdf_v0_3_6.yaml");
const v0_4_9 = (): Doc => loadCorpusDocument("example_descriptions/models/unet2d_nuclei_broad/v0_4_9.bioimageio.yaml");

describe("model patch chain", () => {
  test("0.3.1 -> 0.3.2: author names become authors, updated from config.future", () => {
    const doc = {
      ...v0_3_1(),
      authors: ["Ada", "Bob"],
      config: { future: { "0.3.2": { authors: [{ affiliation: "EMBL" }], version: "1.2" } } },
    };
    const out = converted(doc);
    expect(out.authors).toEqual([{ name: "Ada", affiliation: "EMBL" }, { name: "Bob" }]);
    expect(out.version).toBe("1.2");
    expect(out.config).toBeUndefined(); // `future` emptied, then `config` dropped
    expect(out.format_version).toBe("0.4.10");
  });

  test("0.3.2 -> 0.3.3: reference_input becomes reference_tensor", () => {
    const doc = v0_3_1();
    doc.outputs[0].shape = { reference_input: "raw", scale: [1, 1, 1, 1], offset: [0, 0, 0, 0] };
    expect(converted(doc).outputs[0].shape).toEqual({ reference_tensor: "raw", scale: [1, 1, 1, 1], offset: [0, 0, 0, 0] });
  });

  test("0.3.6 -> 0.4.0: root source/sha256/kwargs move into pytorch_state_dict, pytorch_script is torchscript", () => {
    const doc: Doc = { ...v0_3_6(), language: "python", framework: "pytorch" };
    doc.weights.pytorch_script = doc.weights.pytorch_script ?? { source: "w.pt" };
    const out = converted(doc);
    expect(out.weights.pytorch_state_dict.architecture).toBe(doc.source);
    expect(out.weights.pytorch_state_dict.architecture_sha256).toBe(doc.sha256);
    expect(out.weights.pytorch_state_dict.kwargs).toEqual(doc.kwargs);
    expect(out.weights.torchscript).toEqual(doc.weights.pytorch_script);
    expect(out.weights.pytorch_script).toBeUndefined();
    for (const dropped of ["source", "sha256", "kwargs", "language", "framework"]) {
      expect(out[dropped]).toBeUndefined();
    }
  });

  test("0.4.0 -> 0.4.1: root dependencies move to the pytorch_state_dict entry", () => {
    const doc: Doc = { ...v0_4_9(), format_version: "0.4.0", dependencies: "conda:env.yaml" };
    delete doc.weights.pytorch_state_dict.dependencies;
    const out = converted(doc);
    expect(out.dependencies).toBeUndefined();
    expect(out.weights.pytorch_state_dict.dependencies).toBe("conda:env.yaml");
  });

  test("0.4.1-0.4.4 -> 0.4.5: parent.uri becomes the parent, any other parent is dropped", () => {
    expect(converted({ ...v0_4_9(), format_version: "0.4.1", parent: { uri: "https://a.b/c" } }).parent).toBe("https://a.b/c");
    expect(converted({ ...v0_4_9(), format_version: "0.4.4", parent: { id: "x" } })).not.toHaveProperty("parent");
  });

  test("0.4.5/6 -> 0.4.7: slashes leave names; a string of authors becomes its characters", () => {
    const out = converted({ ...v0_4_9(), format_version: "0.4.5", name: "a/b\\c", authors: [{ name: "x/y" }], maintainers: "ab" });
    expect(out.name).toBe("abc");
    expect(out.authors).toEqual([{ name: "xy" }]);
    expect(out.maintainers).toEqual(["a", "b"]);
  });

  test("0.4.9 -> 0.4.10: config.bioimageio nickname/nickname_icon become id/id_emoji", () => {
    const out = converted({ ...v0_4_9(), config: { bioimageio: { nickname: "affable-shark", nickname_icon: "🦈" } } });
    expect(out.id).toBe("affable-shark");
    expect(out.id_emoji).toBe("🦈");
  });

  test("DOI and GitHub prefixes are stripped, at any 0.3/0.4 version", () => {
    const doc: Doc = { ...v0_4_9(), format_version: "0.4.10" };
    doc.cite[0].doi = "https://doi.org/10.1007/978-3-319-24574-4_28";
    doc.maintainers[0].github_user = "https://github.com/constantinpape";
    const out = converted(doc);
    expect(out.cite[0].doi).toBe("10.1007/978-3-319-24574-4_28");
    expect(out.maintainers[0].github_user).toBe("constantinpape");
  });

  test("a later minor version is left alone", () => {
    const doc: Doc = { ...v0_4_9(), format_version: "0.5.0", cite: "ab" };
    expect(converted(doc)).toEqual(doc);
  });
});

describe("model patch chain on malformed input: the reference's single error at the root, never a crash", () => {
  const cases: [string, (doc: Doc) => Doc, string, string][] = [
    ["config is a list", (d) => ({ ...d, config: [1] }), "AttributeError", "'list' object has no attribute 'get'"],
    ["config is null", (d) => ({ ...d, config: null }), "AttributeError", "'NoneType' object has no attribute 'get'"],
    ["config.future is a string", (d) => ({ ...d, config: { future: "x" } }), "AttributeError", "'str' object has no attribute 'pop'"],
    ["config.future is a list", (d) => ({ ...d, config: { future: [1] } }), "TypeError", "pop expected at most 1 argument, got 2"],
    [
      "future authors not iterable",
      (d) => ({ ...d, config: { future: { "0.3.2": { authors: 5 } } } }),
      "TypeError",
      "'int' object is not iterable",
    ],
    [
      "future authors of strings",
      (d) => ({ ...d, config: { future: { "0.3.2": { authors: ["ab", "c"] } } } }),
      "value_error",
      "Value error, dictionary update sequence element #0 has length 1; 2 is required",
    ],
    ["packaged_by a number", (d) => ({ ...d, packaged_by: 5 }), "TypeError", "'int' object is not iterable"],
    [
      "a weights entry a number",
      (d) => ({ ...d, weights: { ...d.weights, onnx: 5 } }),
      "TypeError",
      "argument of type 'int' is not iterable",
    ],
    [
      "a weights entry null",
      (d) => ({ ...d, weights: { ...d.weights, onnx: null } }),
      "TypeError",
      "argument of type 'NoneType' is not iterable",
    ],
    [
      "a weights entry the string 'authors'",
      (d) => ({ ...d, weights: { ...d.weights, onnx: "authors" } }),
      "TypeError",
      "string indices must be integers, not 'str'",
    ],
    ["outputs a number", (d) => ({ ...d, outputs: 5 }), "TypeError", "'int' object is not iterable"],
    ["an output a number", (d) => ({ ...d, outputs: [5] }), "TypeError", "argument of type 'int' is not iterable"],
  ];
  for (const [name, mutate, type, msg] of cases) {
    test(`0.3.1, ${name}`, async () => {
      const outcome = await validateDoc(mutate(v0_3_1()));
      expect(outcome.status).toBe("failed");
      expect(outcome.errors.map((e) => ({ loc: e.loc, type: e.type, msg: e.msg }))).toEqual([{ loc: [], type, msg }]);
      expect(outcome.warnings).toEqual([]);
    });
  }

  const at0_3_6: [string, (doc: Doc) => Doc, string, string][] = [
    ["weights a list", (d) => ({ ...d, weights: [1] }), "AttributeError", "'list' object has no attribute 'get'"],
    ["weights null", (d) => ({ ...d, weights: null }), "AttributeError", "'NoneType' object has no attribute 'get'"],
    [
      "pytorch_state_dict a string",
      (d) => ({ ...d, weights: { ...d.weights, pytorch_state_dict: "x" } }),
      "TypeError",
      "'str' object does not support item assignment",
    ],
    [
      "pytorch_state_dict a list",
      (d) => ({ ...d, weights: { ...d.weights, pytorch_state_dict: [1] } }),
      "TypeError",
      "list indices must be integers or slices, not str",
    ],
  ];
  for (const [name, mutate, type, msg] of at0_3_6) {
    test(`0.3.6, ${name}`, async () => {
      const outcome = await validateDoc(mutate(v0_3_6()));
      expect(outcome.errors.map((e) => ({ loc: e.loc, type: e.type, msg: e.msg }))).toEqual([{ loc: [], type, msg }]);
    });
  }

  test("harmless oddities convert like the reference: a cite string becomes its characters", async () => {
    const outcome = await validateDoc({ ...v0_4_9(), format_version: "0.4.10", cite: "ab" });
    expect(outcome.errors.map((e) => e.loc)).toEqual([
      ["cite", 0],
      ["cite", 1],
    ]);
  });

  test("random garbage never throws", async () => {
    const values = [null, 0, 1.5, "", "x", [], [null], {}, { a: [1] }, true];
    for (const field of ["config", "authors", "packaged_by", "weights", "outputs", "cite", "maintainers", "parent", "dependencies"]) {
      for (const value of values) {
        for (const formatVersion of ["0.3.1", "0.3.6", "0.4.0", "0.4.1", "0.4.5"]) {
          const outcome = await validateDoc({ ...v0_3_1(), format_version: formatVersion, [field]: value });
          expect(outcome.status).toBe("failed");
        }
      }
    }
  });
});
