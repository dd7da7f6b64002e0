// getCondaEnv as the reference builds it (bioimageio.spec _get_conda_env.py, conda_env.py).
import { describe, expect, test } from "vitest";
import { getCondaEnv } from "../../src/bioimageio/conda-env.js";

describe("getCondaEnv", () => {
  test("pytorch: pinned companions, old-version workarounds, channels, bioimageio.core, sorted", async () => {
    const env = await getCondaEnv({ entry: { format: "torchscript", formatVersion: "0.5.7", entry: { pytorch_version: "1.13.1" } } });
    expect(env).toEqual({
      name: null,
      channels: ["pytorch", "conda-forge", "nodefaults"],
      dependencies: [
        "conda-forge::bioimageio.core>=0.9.4",
        "mkl ==2024.0.0",
        "numpy <2",
        "pip",
        "pytorch==1.13.1",
        "setuptools <70.0.0",
        "torchaudio==0.13.1",
        "torchvision==0.14.1",
      ],
    });
  });

  test("onnx, keras (tensorflow < 2 becomes 2.17) and an env name", async () => {
    expect((await getCondaEnv({ entry: { format: "onnx", formatVersion: "0.5.7", entry: { opset_version: 15 } } })).dependencies).toEqual([
      "conda-forge::bioimageio.core>=0.9.4",
      "onnxruntime",
      "pip",
    ]);
    const keras = await getCondaEnv({
      entry: { format: "keras_hdf5", formatVersion: "0.5.7", entry: { tensorflow_version: "1.15" } },
      envName: "my env:1",
    });
    expect(keras.name).toBe("myenv1");
    expect(keras.dependencies).toContain("tensorflow ==2.17");
  });

  test("a dependencies file: its environment, normalised (pip section sorted, stays where Python's sort leaves it)", async () => {
    const yaml =
      "name: unet\nchannels: [defaults, pytorch]\ndependencies:\n  - pytorch\n  - pip:\n    - zarr\n    - bioimageio.core\n  - numpy\n";
    const env = await getCondaEnv({
      entry: {
        format: "pytorch_state_dict",
        formatVersion: "0.5.7",
        entry: { pytorch_version: "2.1", dependencies: { source: "environment.yaml" } },
      },
      readFile: (source) => (source === "environment.yaml" ? Promise.resolve(yaml) : Promise.reject(new Error(source))),
    });
    expect(env).toEqual({
      name: "unet",
      channels: ["pytorch", "conda-forge", "nodefaults"],
      dependencies: ["pytorch", { pip: ["bioimageio.core", "zarr"] }, "numpy", "pip"],
    });
  });

  test("model 0.4 pip dependencies", async () => {
    const env = await getCondaEnv({
      entry: { format: "pytorch_state_dict", formatVersion: "0.4.10", entry: { dependencies: "pip:requirements.txt" } },
      readFile: () => Promise.resolve("torch\nscipy\n"),
    });
    expect(env.dependencies).toEqual([{ pip: ["bioimageio.core>=0.9.4", "scipy", "torch"] }, "pip"]);
  });
});
