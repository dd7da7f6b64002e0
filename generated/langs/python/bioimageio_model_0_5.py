# generated from specs/bioimageio/model/0.5.json by codegen - do not edit
from dataclasses import dataclass
from typing import Optional, Any, List, Union, Dict, TypeVar, Callable, Type, cast
from enum import Enum


T = TypeVar("T")
EnumT = TypeVar("EnumT", bound=Enum)


def from_str(x: Any) -> str:
    assert isinstance(x, str)
    return x


def from_none(x: Any) -> Any:
    assert x is None
    return x


def from_union(fs, x):
    for f in fs:
        try:
            return f(x)
        except:
            pass
    assert False


def from_float(x: Any) -> float:
    assert isinstance(x, (float, int)) and not isinstance(x, bool)
    return float(x)


def to_float(x: Any) -> float:
    assert isinstance(x, (int, float))
    return x


def from_list(f: Callable[[Any], T], x: Any) -> List[T]:
    assert isinstance(x, list)
    return [f(y) for y in x]


def from_int(x: Any) -> int:
    assert isinstance(x, int) and not isinstance(x, bool)
    return x


def to_enum(c: Type[EnumT], x: Any) -> EnumT:
    assert isinstance(x, c)
    return x.value


def from_dict(f: Callable[[Any], T], x: Any) -> Dict[str, T]:
    assert isinstance(x, dict)
    return { k: f(v) for (k, v) in x.items() }


def to_class(c: Type[T], x: Any) -> dict:
    assert isinstance(x, c)
    return cast(Any, x).to_dict()


def from_bool(x: Any) -> bool:
    assert isinstance(x, bool)
    return x


@dataclass
class FileDescr:
    """A file description: a file source with an optional SHA-256 hash of the file's content."""

    source: str
    """File source"""

    sha256: Optional[str] = None
    """SHA256 hash value of the **source** file."""

    @staticmethod
    def from_dict(obj: Any) -> 'FileDescr':
        assert isinstance(obj, dict)
        source = from_str(obj.get("source"))
        sha256 = from_union([from_none, from_str], obj.get("sha256"))
        return FileDescr(source, sha256)

    def to_dict(self) -> dict:
        result: dict = {}
        result["source"] = from_str(self.source)
        if self.sha256 is not None:
            result["sha256"] = from_union([from_none, from_str], self.sha256)
        return result


@dataclass
class Author:
    """An author of a resource description."""

    name: str
    """Full name. May not contain `/` or `\\`."""

    affiliation: Optional[str] = None
    """Affiliation"""

    email: Optional[str] = None
    """Email"""

    github_user: Optional[str] = None
    """GitHub user name. With IO checks the reference looks the user up on GitHub;
    bioimage-specs does not.
    """
    orcid: Optional[str] = None
    """An [ORCID iD](https://support.orcid.org/hc/en-us/sections/360001495313-What-is-ORCID
    ) in hyphenated groups of 4 digits, (and [valid](
    
    https://support.orcid.org/hc/en-us/articles/360006897674-Structure-of-the-ORCID-Identifier
    ) as per ISO 7064 11,2.)
    """

    @staticmethod
    def from_dict(obj: Any) -> 'Author':
        assert isinstance(obj, dict)
        name = from_str(obj.get("name"))
        affiliation = from_union([from_none, from_str], obj.get("affiliation"))
        email = from_union([from_none, from_str], obj.get("email"))
        github_user = from_union([from_none, from_str], obj.get("github_user"))
        orcid = from_union([from_none, from_str], obj.get("orcid"))
        return Author(name, affiliation, email, github_user, orcid)

    def to_dict(self) -> dict:
        result: dict = {}
        result["name"] = from_str(self.name)
        if self.affiliation is not None:
            result["affiliation"] = from_union([from_none, from_str], self.affiliation)
        if self.email is not None:
            result["email"] = from_union([from_none, from_str], self.email)
        if self.github_user is not None:
            result["github_user"] = from_union([from_none, from_str], self.github_user)
        if self.orcid is not None:
            result["orcid"] = from_union([from_none, from_str], self.orcid)
        return result


@dataclass
class CiteEntry:
    """A citation that should be referenced in work using this resource. Either `doi` or `url`
    has to be given (non-null); that is checked in code (rule `common.cite.doi-or-url`).
    """
    text: str
    """free text description"""

    doi: Optional[str] = None
    """A digital object identifier (DOI) is the prefered citation reference.
    See https://www.doi.org/ for details.
    Note:
    Either **doi** or **url** have to be specified.
    """
    url: Optional[str] = None
    """URL to cite (preferably specify a **doi** instead/also).
    Note:
    Either **doi** or **url** have to be specified.
    """

    @staticmethod
    def from_dict(obj: Any) -> 'CiteEntry':
        assert isinstance(obj, dict)
        text = from_str(obj.get("text"))
        doi = from_union([from_none, from_str], obj.get("doi"))
        url = from_union([from_none, from_str], obj.get("url"))
        return CiteEntry(text, doi, url)

    def to_dict(self) -> dict:
        result: dict = {}
        result["text"] = from_str(self.text)
        if self.doi is not None:
            result["doi"] = from_union([from_none, from_str], self.doi)
        if self.url is not None:
            result["url"] = from_union([from_none, from_str], self.url)
        return result


@dataclass
class BiasRisksLimitations:
    """Description of known bias, risks, and technical limitations for in-scope model use.
    
    Known biases, risks, technical limitations, and recommendations for model use.
    Open object: further keys are allowed.
    """
    known_biases: Optional[str] = None
    """Biases in training data or model behavior."""

    limitations: Optional[str] = None
    """Technical limitations and failure modes."""

    recommendations: Optional[str] = None
    """Mitigation strategies regarding `known_biases`, `risks`, and `limitations`, as well as
    applicable best practices.
    
    Consider:
    - How to use a validation dataset?
    - How to manually validate?
    - Feasibility of domain adaptation for different experimental setups?
    """
    risks: Optional[str] = None
    """Potential risks in the context of bioimage analysis."""

    @staticmethod
    def from_dict(obj: Any) -> 'BiasRisksLimitations':
        assert isinstance(obj, dict)
        known_biases = from_union([from_str, from_none], obj.get("known_biases"))
        limitations = from_union([from_none, from_str], obj.get("limitations"))
        recommendations = from_union([from_str, from_none], obj.get("recommendations"))
        risks = from_union([from_str, from_none], obj.get("risks"))
        return BiasRisksLimitations(known_biases, limitations, recommendations, risks)

    def to_dict(self) -> dict:
        result: dict = {}
        if self.known_biases is not None:
            result["known_biases"] = from_union([from_str, from_none], self.known_biases)
        if self.limitations is not None:
            result["limitations"] = from_union([from_none, from_str], self.limitations)
        if self.recommendations is not None:
            result["recommendations"] = from_union([from_str, from_none], self.recommendations)
        if self.risks is not None:
            result["risks"] = from_union([from_str, from_none], self.risks)
        return result


@dataclass
class EnvironmentalImpact:
    """Environmental considerations for model training and deployment
    
    Environmental considerations for model training and deployment.
    
    Carbon emissions can be estimated using the [Machine Learning Impact
    calculator](https://mlco2.github.io/impact#compute) presented in [Lacoste et al.
    (2019)](https://arxiv.org/abs/1910.09700).
    Open object: further keys are allowed.
    """
    cloud_provider: Optional[str] = None
    """If applicable"""

    co2_emitted: Optional[float] = None
    """kg CO2 equivalent
    
    Carbon emissions can be estimated using the [Machine Learning Impact
    calculator](https://mlco2.github.io/impact#compute) presented in [Lacoste et al.
    (2019)](https://arxiv.org/abs/1910.09700).
    """
    compute_region: Optional[str] = None
    """Geographic location"""

    hardware_type: Optional[str] = None
    """GPU/CPU specifications"""

    hours_used: Optional[float] = None
    """Total compute hours"""

    @staticmethod
    def from_dict(obj: Any) -> 'EnvironmentalImpact':
        assert isinstance(obj, dict)
        cloud_provider = from_union([from_none, from_str], obj.get("cloud_provider"))
        co2_emitted = from_union([from_none, from_float], obj.get("co2_emitted"))
        compute_region = from_union([from_none, from_str], obj.get("compute_region"))
        hardware_type = from_union([from_none, from_str], obj.get("hardware_type"))
        hours_used = from_union([from_none, from_float], obj.get("hours_used"))
        return EnvironmentalImpact(cloud_provider, co2_emitted, compute_region, hardware_type, hours_used)

    def to_dict(self) -> dict:
        result: dict = {}
        if self.cloud_provider is not None:
            result["cloud_provider"] = from_union([from_none, from_str], self.cloud_provider)
        if self.co2_emitted is not None:
            result["co2_emitted"] = from_union([from_none, to_float], self.co2_emitted)
        if self.compute_region is not None:
            result["compute_region"] = from_union([from_none, from_str], self.compute_region)
        if self.hardware_type is not None:
            result["hardware_type"] = from_union([from_none, from_str], self.hardware_type)
        if self.hours_used is not None:
            result["hours_used"] = from_union([from_none, to_float], self.hours_used)
        return result


class DatasetRole(Enum):
    """Role of the dataset used for evaluation.
    
    - `train`: dataset was (part of) the training data
    - `validation`: dataset was (part of) the validation data used during training, e.g. used
    for model selection or hyperparameter tuning
    - `test`: dataset was (part of) the designated test data; not used during training or
    validation, but acquired from the same source/distribution as training data
    - `independent`: dataset is entirely independent test data; not used during training or
    validation, and acquired from a different source/distribution than training data
    - `unknown`: role of the dataset is unknown; choose this if you are not certain if (a
    subset) of the data was seen by the model during training.
    """
    INDEPENDENT = "independent"
    TEST = "test"
    TRAIN = "train"
    UNKNOWN = "unknown"
    VALIDATION = "validation"


@dataclass
class Evaluation:
    """A quantitative model evaluation. The list lengths must be consistent
    (`evaluation_factors` vs `evaluation_factors_long`, `metrics` vs `metrics_long`,
    `results` rows vs `metrics`, columns vs `evaluation_factors`); checked in code (rule
    `model05.evaluation.table-shape`). Open object: further keys are allowed.
    """
    dataset_id: str
    """Dataset used for evaluation."""

    dataset_role: DatasetRole
    """Role of the dataset used for evaluation.
    
    - `train`: dataset was (part of) the training data
    - `validation`: dataset was (part of) the validation data used during training, e.g. used
    for model selection or hyperparameter tuning
    - `test`: dataset was (part of) the designated test data; not used during training or
    validation, but acquired from the same source/distribution as training data
    - `independent`: dataset is entirely independent test data; not used during training or
    validation, and acquired from a different source/distribution than training data
    - `unknown`: role of the dataset is unknown; choose this if you are not certain if (a
    subset) of the data was seen by the model during training.
    """
    dataset_source: str
    """Source of the dataset."""

    evaluation_factors: List[str]
    """(Abbreviations of) each evaluation factor.
    
    Evaluation factors are criteria along which model performance is evaluated, e.g.
    different image conditions
    like 'low SNR', 'high cell density', or different biological conditions like 'cell type
    A', 'cell type B'.
    An 'overall' factor may be included to summarize performance across all conditions.
    """
    evaluation_factors_long: List[str]
    """Descriptions (long form) of each evaluation factor."""

    metrics: List[str]
    """(Abbreviations of) metrics used for evaluation."""

    metrics_long: List[str]
    """Description of each metric used."""

    results: List[List[Union[float, str]]]
    """Results for each metric (rows; outer list) and each evaluation factor (columns; inner
    list).
    """
    sample_count: int
    """Number of evaluated samples."""

    model_id: Optional[str] = None
    """Model being evaluated."""

    results_summary: Optional[str] = None
    """Interpretation of results for general audience.
    
    Consider:
    - Overall model performance
    - Comparison to existing methods
    - Limitations and areas for improvement
    """

    @staticmethod
    def from_dict(obj: Any) -> 'Evaluation':
        assert isinstance(obj, dict)
        dataset_id = from_str(obj.get("dataset_id"))
        dataset_role = DatasetRole(obj.get("dataset_role"))
        dataset_source = from_str(obj.get("dataset_source"))
        evaluation_factors = from_list(from_str, obj.get("evaluation_factors"))
        evaluation_factors_long = from_list(from_str, obj.get("evaluation_factors_long"))
        metrics = from_list(from_str, obj.get("metrics"))
        metrics_long = from_list(from_str, obj.get("metrics_long"))
        results = from_list(lambda x: from_list(lambda x: from_union([from_float, from_str], x), x), obj.get("results"))
        sample_count = from_int(obj.get("sample_count"))
        model_id = from_union([from_str, from_none], obj.get("model_id"))
        results_summary = from_union([from_none, from_str], obj.get("results_summary"))
        return Evaluation(dataset_id, dataset_role, dataset_source, evaluation_factors, evaluation_factors_long, metrics, metrics_long, results, sample_count, model_id, results_summary)

    def to_dict(self) -> dict:
        result: dict = {}
        result["dataset_id"] = from_str(self.dataset_id)
        result["dataset_role"] = to_enum(DatasetRole, self.dataset_role)
        result["dataset_source"] = from_str(self.dataset_source)
        result["evaluation_factors"] = from_list(from_str, self.evaluation_factors)
        result["evaluation_factors_long"] = from_list(from_str, self.evaluation_factors_long)
        result["metrics"] = from_list(from_str, self.metrics)
        result["metrics_long"] = from_list(from_str, self.metrics_long)
        result["results"] = from_list(lambda x: from_list(lambda x: from_union([to_float, from_str], x), x), self.results)
        result["sample_count"] = from_int(self.sample_count)
        if self.model_id is not None:
            result["model_id"] = from_union([from_str, from_none], self.model_id)
        if self.results_summary is not None:
            result["results_summary"] = from_union([from_none, from_str], self.results_summary)
        return result


class WeightsFormat(Enum):
    """A weights format name (the keys of `weights`)."""

    KERAS_HDF5 = "keras_hdf5"
    ONNX = "onnx"
    PYTORCH_STATE_DICT = "pytorch_state_dict"
    TENSORFLOW_JS = "tensorflow_js"
    TENSORFLOW_SAVED_MODEL_BUNDLE = "tensorflow_saved_model_bundle"
    TORCHSCRIPT = "torchscript"


@dataclass
class ReproducibilityTolerance:
    """Describes what small numerical differences -- if any -- may be tolerated
    in the generated output when executing in different environments.
    
    A tensor element *output* is considered mismatched to the **test_tensor** if
    abs(*output* - **test_tensor**) > **absolute_tolerance** + **relative_tolerance** *
    abs(**test_tensor**).
    (Internally we call
    [numpy.testing.assert_allclose](https://numpy.org/doc/stable/reference/generated/numpy.testing.assert_allclose.html).)
    
    Motivation:
    For testing we can request the respective deep learning frameworks to be as
    reproducible as possible by setting seeds and chosing deterministic algorithms,
    but differences in operating systems, available hardware and installed drivers
    may still lead to numerical differences.
    Open object: further keys are allowed.
    """
    absolute_tolerance: Optional[float] = None
    """Maximum absolute tolerance of reproduced test tensor (non-negative; with IO checks at
    most 1% of the test output's maximum, rule `model05.io.test-tensors`).
    """
    mismatched_elements_per_million: Optional[int] = None
    """Maximum number of mismatched elements/pixels per million to tolerate. In [0, 1000]."""

    output_ids: Optional[List[str]] = None
    """Limits the output tensor IDs these reproducibility details apply to."""

    relative_tolerance: Optional[float] = None
    """Maximum relative tolerance of reproduced test tensor. In [0, 0.01]."""

    weights_formats: Optional[List[WeightsFormat]] = None
    """Limits the weights formats these details apply to."""

    @staticmethod
    def from_dict(obj: Any) -> 'ReproducibilityTolerance':
        assert isinstance(obj, dict)
        absolute_tolerance = from_union([from_float, from_none], obj.get("absolute_tolerance"))
        mismatched_elements_per_million = from_union([from_int, from_none], obj.get("mismatched_elements_per_million"))
        output_ids = from_union([lambda x: from_list(from_str, x), from_none], obj.get("output_ids"))
        relative_tolerance = from_union([from_float, from_none], obj.get("relative_tolerance"))
        weights_formats = from_union([lambda x: from_list(WeightsFormat, x), from_none], obj.get("weights_formats"))
        return ReproducibilityTolerance(absolute_tolerance, mismatched_elements_per_million, output_ids, relative_tolerance, weights_formats)

    def to_dict(self) -> dict:
        result: dict = {}
        if self.absolute_tolerance is not None:
            result["absolute_tolerance"] = from_union([to_float, from_none], self.absolute_tolerance)
        if self.mismatched_elements_per_million is not None:
            result["mismatched_elements_per_million"] = from_union([from_int, from_none], self.mismatched_elements_per_million)
        if self.output_ids is not None:
            result["output_ids"] = from_union([lambda x: from_list(from_str, x), from_none], self.output_ids)
        if self.relative_tolerance is not None:
            result["relative_tolerance"] = from_union([to_float, from_none], self.relative_tolerance)
        if self.weights_formats is not None:
            result["weights_formats"] = from_union([lambda x: from_list(lambda x: to_enum(WeightsFormat, x), x), from_none], self.weights_formats)
        return result


@dataclass
class TrainingDetails:
    """Details on how the model was trained.
    
    Details on how the model was trained. Open object: further keys are allowed.
    """
    initial_learning_rate: Optional[float] = None
    """Initial learning rate used in training."""

    learning_rate_schedule: Optional[str] = None
    """Learning rate schedule used in training."""

    loss_function: Optional[str] = None
    """Loss function used in training, e.g. nn.MSELoss."""

    loss_function_kwargs: Optional[Dict[str, Any]] = None
    """key word arguments for the `loss_function`"""

    optimizer: Optional[str] = None
    """optimizer, e.g. torch.optim.Adam"""

    optimizer_kwargs: Optional[Dict[str, Any]] = None
    """key word arguments for the `optimizer`"""

    regularization: Optional[str] = None
    """Regularization techniques used during training, e.g. drop-out or weight decay."""

    training_batch_size: Optional[float] = None
    """Batch size used in training."""

    training_duration: Optional[float] = None
    """Total training duration in hours."""

    training_epochs: Optional[float] = None
    """Number of training epochs."""

    training_preprocessing: Optional[str] = None
    """Detailed image preprocessing steps during model training:
    
    Mention:
    - *Normalization methods*
    - *Augmentation strategies*
    - *Resizing/resampling procedures*
    - *Artifact handling*
    """

    @staticmethod
    def from_dict(obj: Any) -> 'TrainingDetails':
        assert isinstance(obj, dict)
        initial_learning_rate = from_union([from_none, from_float], obj.get("initial_learning_rate"))
        learning_rate_schedule = from_union([from_none, from_str], obj.get("learning_rate_schedule"))
        loss_function = from_union([from_none, from_str], obj.get("loss_function"))
        loss_function_kwargs = from_union([lambda x: from_dict(lambda x: x, x), from_none], obj.get("loss_function_kwargs"))
        optimizer = from_union([from_none, from_str], obj.get("optimizer"))
        optimizer_kwargs = from_union([lambda x: from_dict(lambda x: x, x), from_none], obj.get("optimizer_kwargs"))
        regularization = from_union([from_none, from_str], obj.get("regularization"))
        training_batch_size = from_union([from_none, from_float], obj.get("training_batch_size"))
        training_duration = from_union([from_none, from_float], obj.get("training_duration"))
        training_epochs = from_union([from_none, from_float], obj.get("training_epochs"))
        training_preprocessing = from_union([from_none, from_str], obj.get("training_preprocessing"))
        return TrainingDetails(initial_learning_rate, learning_rate_schedule, loss_function, loss_function_kwargs, optimizer, optimizer_kwargs, regularization, training_batch_size, training_duration, training_epochs, training_preprocessing)

    def to_dict(self) -> dict:
        result: dict = {}
        if self.initial_learning_rate is not None:
            result["initial_learning_rate"] = from_union([from_none, to_float], self.initial_learning_rate)
        if self.learning_rate_schedule is not None:
            result["learning_rate_schedule"] = from_union([from_none, from_str], self.learning_rate_schedule)
        if self.loss_function is not None:
            result["loss_function"] = from_union([from_none, from_str], self.loss_function)
        if self.loss_function_kwargs is not None:
            result["loss_function_kwargs"] = from_union([lambda x: from_dict(lambda x: x, x), from_none], self.loss_function_kwargs)
        if self.optimizer is not None:
            result["optimizer"] = from_union([from_none, from_str], self.optimizer)
        if self.optimizer_kwargs is not None:
            result["optimizer_kwargs"] = from_union([lambda x: from_dict(lambda x: x, x), from_none], self.optimizer_kwargs)
        if self.regularization is not None:
            result["regularization"] = from_union([from_none, from_str], self.regularization)
        if self.training_batch_size is not None:
            result["training_batch_size"] = from_union([from_none, to_float], self.training_batch_size)
        if self.training_duration is not None:
            result["training_duration"] = from_union([from_none, to_float], self.training_duration)
        if self.training_epochs is not None:
            result["training_epochs"] = from_union([from_none, to_float], self.training_epochs)
        if self.training_preprocessing is not None:
            result["training_preprocessing"] = from_union([from_none, from_str], self.training_preprocessing)
        return result


@dataclass
class BioimageioConfig:
    """bioimage.io specific metadata.
    
    bioimage.io specific metadata of a model (model card fields). Open object: further keys
    are allowed.
    """
    architecture_description: Optional[str] = None
    """Text description of model architecture."""

    architecture_type: Optional[str] = None
    """Model architecture type, e.g., 3D U-Net, ResNet, transformer At most 32 characters."""

    bias_risks_limitations: Optional[BiasRisksLimitations] = None
    """Description of known bias, risks, and technical limitations for in-scope model use."""

    environmental_impact: Optional[EnvironmentalImpact] = None
    """Environmental considerations for model training and deployment"""

    evaluations: Optional[List[Evaluation]] = None
    """Quantitative model evaluations.
    
    Note:
    At the moment we recommend to include only a single test dataset
    (with evaluation factors that may mark subsets of the dataset)
    to avoid confusion and make the presentation of results cleaner.
    """
    funded_by: Optional[str] = None
    """Funding agency, grant number if applicable"""

    inference_time: Optional[str] = None
    """Average inference time per image/tile. Specify hardware and image size. Multiple examples
    can be given.
    """
    memory_requirements_inference: Optional[str] = None
    """GPU memory needed for inference. Multiple examples with different image size can be given."""

    memory_requirements_training: Optional[str] = None
    """GPU memory needed for training. Multiple examples with different image/batch sizes can be
    given.
    """
    modality: Optional[str] = None
    """Input modality, e.g., fluorescence microscopy, electron microscopy"""

    model_parameter_count: Optional[int] = None
    """Total number of model parameters."""

    new_version: Optional[str] = None
    """A new version of this model exists with a different model id."""

    out_of_scope_use: Optional[str] = None
    """Describe how the model may be misused in bioimage analysis contexts and what users should
    **not** do with the model.
    """
    reproducibility_tolerance: Optional[List[ReproducibilityTolerance]] = None
    """Tolerances to allow when reproducing the model's test outputs
    from the model's test inputs.
    Only the first entry matching tensor id and weights format is considered.
    """
    target_structure: Optional[List[str]] = None
    """Biological structure(s) the model is designed to analyze, e.g., nuclei, mitochondria,
    cells
    """
    task: Optional[str] = None
    """Bioimage-specific task type, e.g., segmentation, classification, detection, denoising"""

    training: Optional[TrainingDetails] = None
    """Details on how the model was trained."""

    @staticmethod
    def from_dict(obj: Any) -> 'BioimageioConfig':
        assert isinstance(obj, dict)
        architecture_description = from_union([from_none, from_str], obj.get("architecture_description"))
        architecture_type = from_union([from_none, from_str], obj.get("architecture_type"))
        bias_risks_limitations = from_union([BiasRisksLimitations.from_dict, from_none], obj.get("bias_risks_limitations"))
        environmental_impact = from_union([EnvironmentalImpact.from_dict, from_none], obj.get("environmental_impact"))
        evaluations = from_union([lambda x: from_list(Evaluation.from_dict, x), from_none], obj.get("evaluations"))
        funded_by = from_union([from_none, from_str], obj.get("funded_by"))
        inference_time = from_union([from_none, from_str], obj.get("inference_time"))
        memory_requirements_inference = from_union([from_none, from_str], obj.get("memory_requirements_inference"))
        memory_requirements_training = from_union([from_none, from_str], obj.get("memory_requirements_training"))
        modality = from_union([from_none, from_str], obj.get("modality"))
        model_parameter_count = from_union([from_none, from_int], obj.get("model_parameter_count"))
        new_version = from_union([from_str, from_none], obj.get("new_version"))
        out_of_scope_use = from_union([from_none, from_str], obj.get("out_of_scope_use"))
        reproducibility_tolerance = from_union([lambda x: from_list(ReproducibilityTolerance.from_dict, x), from_none], obj.get("reproducibility_tolerance"))
        target_structure = from_union([lambda x: from_list(from_str, x), from_none], obj.get("target_structure"))
        task = from_union([from_none, from_str], obj.get("task"))
        training = from_union([TrainingDetails.from_dict, from_none], obj.get("training"))
        return BioimageioConfig(architecture_description, architecture_type, bias_risks_limitations, environmental_impact, evaluations, funded_by, inference_time, memory_requirements_inference, memory_requirements_training, modality, model_parameter_count, new_version, out_of_scope_use, reproducibility_tolerance, target_structure, task, training)

    def to_dict(self) -> dict:
        result: dict = {}
        if self.architecture_description is not None:
            result["architecture_description"] = from_union([from_none, from_str], self.architecture_description)
        if self.architecture_type is not None:
            result["architecture_type"] = from_union([from_none, from_str], self.architecture_type)
        if self.bias_risks_limitations is not None:
            result["bias_risks_limitations"] = from_union([lambda x: to_class(BiasRisksLimitations, x), from_none], self.bias_risks_limitations)
        if self.environmental_impact is not None:
            result["environmental_impact"] = from_union([lambda x: to_class(EnvironmentalImpact, x), from_none], self.environmental_impact)
        if self.evaluations is not None:
            result["evaluations"] = from_union([lambda x: from_list(lambda x: to_class(Evaluation, x), x), from_none], self.evaluations)
        if self.funded_by is not None:
            result["funded_by"] = from_union([from_none, from_str], self.funded_by)
        if self.inference_time is not None:
            result["inference_time"] = from_union([from_none, from_str], self.inference_time)
        if self.memory_requirements_inference is not None:
            result["memory_requirements_inference"] = from_union([from_none, from_str], self.memory_requirements_inference)
        if self.memory_requirements_training is not None:
            result["memory_requirements_training"] = from_union([from_none, from_str], self.memory_requirements_training)
        if self.modality is not None:
            result["modality"] = from_union([from_none, from_str], self.modality)
        if self.model_parameter_count is not None:
            result["model_parameter_count"] = from_union([from_none, from_int], self.model_parameter_count)
        if self.new_version is not None:
            result["new_version"] = from_union([from_str, from_none], self.new_version)
        if self.out_of_scope_use is not None:
            result["out_of_scope_use"] = from_union([from_none, from_str], self.out_of_scope_use)
        if self.reproducibility_tolerance is not None:
            result["reproducibility_tolerance"] = from_union([lambda x: from_list(lambda x: to_class(ReproducibilityTolerance, x), x), from_none], self.reproducibility_tolerance)
        if self.target_structure is not None:
            result["target_structure"] = from_union([lambda x: from_list(from_str, x), from_none], self.target_structure)
        if self.task is not None:
            result["task"] = from_union([from_none, from_str], self.task)
        if self.training is not None:
            result["training"] = from_union([lambda x: to_class(TrainingDetails, x), from_none], self.training)
        return result


@dataclass
class Config:
    """A field for custom configuration (tool specific keys and bioimage.io metadata under
    `bioimageio`).
    
    Model configuration: bioimage.io metadata under `bioimageio`, and any further (tool
    specific) keys.
    """
    bioimageio: Optional[BioimageioConfig] = None
    """bioimage.io specific metadata."""

    @staticmethod
    def from_dict(obj: Any) -> 'Config':
        assert isinstance(obj, dict)
        bioimageio = from_union([BioimageioConfig.from_dict, from_none], obj.get("bioimageio"))
        return Config(bioimageio)

    def to_dict(self) -> dict:
        result: dict = {}
        if self.bioimageio is not None:
            result["bioimageio"] = from_union([lambda x: to_class(BioimageioConfig, x), from_none], self.bioimageio)
        return result


@dataclass
class ParameterizedSize:
    """Describes a range of valid tensor axis sizes as `size = min + n*step`.
    
    - **min** and **step** are given by the model description.
    - All blocksize paramters n = 0,1,2,... yield a valid `size`.
    - A greater blocksize paramter n = 0,1,2,... results in a greater **size**.
    This allows to adjust the axis size more generically.
    Only allowed for input axes.
    
    A tensor axis size (extent in pixels/frames) defined in relation to a reference axis.
    
    `axis.size = reference.size * reference.scale / axis.scale + offset`
    
    Note:
    1. The axis and the referenced axis need to have the same unit (or no unit).
    2. Batch axes may not be referenced.
    3. Fractions are rounded down.
    4. If the reference axis is `concatenable` the referencing axis is assumed to be
    `concatenable` as well with the same block order.
    
    That the reference resolves (existing tensor and axis, not itself, not a batch axis, a
    fixed or parameterized reference size, matching units, channel only to channel) is
    checked in code (rule `model05.axes.size-references`).
    
    The size of this axis, as a reference to another axis with an optional offset (see
    `SizeReference`); an axis with a halo cannot have a fixed size.
    """
    min: Optional[int] = None
    """The minimal size (`n = 0`), a positive integer."""

    step: Optional[int] = None
    """The size increment per step of `n`, a positive integer."""

    axis_id: Optional[str] = None
    """axis id of the reference axis"""

    offset: Optional[int] = None
    """Offset added to the scaled reference size: a `StrictInt`, which lax mode does not coerce
    (a string or a float is refused).
    """
    tensor_id: Optional[str] = None
    """tensor id of the reference axis"""

    @staticmethod
    def from_dict(obj: Any) -> 'ParameterizedSize':
        assert isinstance(obj, dict)
        min = from_union([from_none, from_int], obj.get("min"))
        step = from_union([from_none, from_int], obj.get("step"))
        axis_id = from_union([from_str, from_none], obj.get("axis_id"))
        offset = from_union([from_none, from_int], obj.get("offset"))
        tensor_id = from_union([from_str, from_none], obj.get("tensor_id"))
        return ParameterizedSize(min, step, axis_id, offset, tensor_id)

    def to_dict(self) -> dict:
        result: dict = {}
        if self.min is not None:
            result["min"] = from_union([from_none, from_int], self.min)
        if self.step is not None:
            result["step"] = from_union([from_none, from_int], self.step)
        if self.axis_id is not None:
            result["axis_id"] = from_union([from_str, from_none], self.axis_id)
        if self.offset is not None:
            result["offset"] = from_union([from_none, from_int], self.offset)
        if self.tensor_id is not None:
            result["tensor_id"] = from_union([from_str, from_none], self.tensor_id)
        return result


class InputAxisType(Enum):
    """Discriminator of the union: selects the branch by `type`."""

    BATCH = "batch"
    CHANNEL = "channel"
    INDEX = "index"
    SPACE = "space"
    TIME = "time"


class Unit(Enum):
    ANGSTROM = "angstrom"
    ATTOMETER = "attometer"
    ATTOSECOND = "attosecond"
    CENTIMETER = "centimeter"
    CENTISECOND = "centisecond"
    DAY = "day"
    DECIMETER = "decimeter"
    DECISECOND = "decisecond"
    EXAMETER = "exameter"
    EXASECOND = "exasecond"
    FEMTOMETER = "femtometer"
    FEMTOSECOND = "femtosecond"
    FOOT = "foot"
    GIGAMETER = "gigameter"
    GIGASECOND = "gigasecond"
    HECTOMETER = "hectometer"
    HECTOSECOND = "hectosecond"
    HOUR = "hour"
    INCH = "inch"
    KILOMETER = "kilometer"
    KILOSECOND = "kilosecond"
    MEGAMETER = "megameter"
    MEGASECOND = "megasecond"
    METER = "meter"
    MICROMETER = "micrometer"
    MICROSECOND = "microsecond"
    MILE = "mile"
    MILLIMETER = "millimeter"
    MILLISECOND = "millisecond"
    MINUTE = "minute"
    NANOMETER = "nanometer"
    NANOSECOND = "nanosecond"
    PARSEC = "parsec"
    PETAMETER = "petameter"
    PETASECOND = "petasecond"
    PICOMETER = "picometer"
    PICOSECOND = "picosecond"
    SECOND = "second"
    TERAMETER = "terameter"
    TERASECOND = "terasecond"
    YARD = "yard"
    YOCTOMETER = "yoctometer"
    YOCTOSECOND = "yoctosecond"
    YOTTAMETER = "yottameter"
    YOTTASECOND = "yottasecond"
    ZEPTOMETER = "zeptometer"
    ZEPTOSECOND = "zeptosecond"
    ZETTAMETER = "zettameter"
    ZETTASECOND = "zettasecond"


@dataclass
class InputAxis:
    """An axis of an input tensor, discriminated by `type`.
    
    The batch axis. Its id is `batch` (`b` is accepted and normalised to `batch` by the
    reference).
    
    A channel axis; its size is the number of `channel_names`.
    
    An index axis of an input tensor.
    
    A time axis of an input tensor.
    
    A space axis of an input tensor.
    """
    type: InputAxisType
    """Discriminator of the union: selects the branch by `type`.
    
    Axis type `batch`.
    
    Axis type `channel`.
    
    Axis type `index`.
    
    Axis type `time`.
    
    Axis type `space`.
    """
    description: Optional[str] = None
    """A short description of this axis beyond its type and id."""

    id: Optional[str] = None
    """The batch axis id; always `batch`.
    
    An axis id unique across all axes of one tensor.
    """
    size: Optional[Union[int, ParameterizedSize]] = None
    """The batch size may be fixed to 1,
    otherwise (the default) it may be chosen arbitrarily depending on available memory
    
    The size/length of this axis can be specified as
    - fixed integer
    - parameterized series of valid sizes (`ParameterizedSize`)
    - reference to another axis with an optional offset (`SizeReference`)
    """
    channel_names: Optional[List[str]] = None
    """Names of the channels (identifiers); the channel axis size is their number."""

    concatenable: Optional[bool] = None
    """If a model has a `concatenable` input axis, it can be processed blockwise,
    splitting a longer sample axis into blocks matching its input tensor description.
    Output axes are concatenable if they have a `SizeReference` to a concatenable
    input axis.
    """
    scale: Optional[float] = None
    """Physical size of one pixel/frame along this axis in `unit` (positive)."""

    unit: Optional[Unit] = None
    """Time unit compatible to the OME-Zarr axes specification 0.5.
    
    Space unit compatible to the OME-Zarr axes specification 0.5.
    """

    @staticmethod
    def from_dict(obj: Any) -> 'InputAxis':
        assert isinstance(obj, dict)
        type = InputAxisType(obj.get("type"))
        description = from_union([from_str, from_none], obj.get("description"))
        id = from_union([from_str, from_none], obj.get("id"))
        size = from_union([from_int, from_none, ParameterizedSize.from_dict], obj.get("size"))
        channel_names = from_union([lambda x: from_list(from_str, x), from_none], obj.get("channel_names"))
        concatenable = from_union([from_bool, from_none], obj.get("concatenable"))
        scale = from_union([from_none, from_float], obj.get("scale"))
        unit = from_union([from_none, Unit], obj.get("unit"))
        return InputAxis(type, description, id, size, channel_names, concatenable, scale, unit)

    def to_dict(self) -> dict:
        result: dict = {}
        result["type"] = to_enum(InputAxisType, self.type)
        if self.description is not None:
            result["description"] = from_union([from_str, from_none], self.description)
        if self.id is not None:
            result["id"] = from_union([from_str, from_none], self.id)
        if self.size is not None:
            result["size"] = from_union([from_int, from_none, lambda x: to_class(ParameterizedSize, x)], self.size)
        if self.channel_names is not None:
            result["channel_names"] = from_union([lambda x: from_list(from_str, x), from_none], self.channel_names)
        if self.concatenable is not None:
            result["concatenable"] = from_union([from_bool, from_none], self.concatenable)
        if self.scale is not None:
            result["scale"] = from_union([from_none, to_float], self.scale)
        if self.unit is not None:
            result["unit"] = from_union([from_none, lambda x: to_enum(Unit, x)], self.unit)
        return result


class DtypeEnum(Enum):
    """The data type (dtype) of the tensor.
    
    The data type to cast to.
    """
    BOOL = "bool"
    FLOAT32 = "float32"
    FLOAT64 = "float64"
    INT16 = "int16"
    INT32 = "int32"
    INT64 = "int64"
    INT8 = "int8"
    UINT16 = "uint16"
    UINT32 = "uint32"
    UINT64 = "uint64"
    UINT8 = "uint8"


@dataclass
class TensorDataDescr:
    """Description of a tensor's data values: nominal/ordinal (with `values`) or
    interval/ratio.
    
    Description of nominal or ordinal tensor data: a fixed set of values. That the `values`
    fit `type` (booleans for `bool`, numbers within the dtype's limits, strings only with
    unsigned integer types, no floats with integer types) is checked in code (rule
    `model05.tensors.data`).
    
    Description of tensor data on an interval or ratio scale.
    """
    type: Optional[DtypeEnum] = None
    """The data type (dtype) of the tensor."""

    unit: Optional[str] = None
    """Unit of the data values: `arbitrary unit` or an SI unit."""

    values: Optional[List[Union[int, float, bool, str]]] = None
    """A fixed set of nominal or an ascending sequence of ordinal values.
    In this case `data.type` is required to be an unsigend integer type, e.g. 'uint8'.
    String `values` are interpreted as labels for tensor values 0, ..., N.
    Note: as YAML 1.2 does not natively support a "set" datatype,
    nominal values should be given as a sequence (aka list/array) as well.
    """
    offset: Optional[float] = None
    """Offset for data on a ratio scale."""

    range: Optional[List[Optional[float]]] = None
    """Tuple `(minimum, maximum)` specifying the allowed range of the data in this tensor.
    `None` corresponds to min/max of what can be expressed by **type**.
    The reference replaces infinite bounds (`.inf`, `-.inf`, 'inf', '-inf') by null with a
    warning (rule `model05.data.replace-inf`); the runtime does that before schema validation.
    """
    scale: Optional[float] = None
    """Scale for data on an interval (or ratio) scale."""

    @staticmethod
    def from_dict(obj: Any) -> 'TensorDataDescr':
        assert isinstance(obj, dict)
        type = from_union([DtypeEnum, from_none], obj.get("type"))
        unit = from_union([from_none, from_str], obj.get("unit"))
        values = from_union([lambda x: from_list(lambda x: from_union([from_int, from_float, from_bool, from_str], x), x), from_none], obj.get("values"))
        offset = from_union([from_none, from_float], obj.get("offset"))
        range = from_union([lambda x: from_list(lambda x: from_union([from_none, from_float], x), x), from_none], obj.get("range"))
        scale = from_union([from_none, from_float], obj.get("scale"))
        return TensorDataDescr(type, unit, values, offset, range, scale)

    def to_dict(self) -> dict:
        result: dict = {}
        if self.type is not None:
            result["type"] = from_union([lambda x: to_enum(DtypeEnum, x), from_none], self.type)
        if self.unit is not None:
            result["unit"] = from_union([from_none, from_str], self.unit)
        if self.values is not None:
            result["values"] = from_union([lambda x: from_list(lambda x: from_union([from_int, to_float, from_bool, from_str], x), x), from_none], self.values)
        if self.offset is not None:
            result["offset"] = from_union([from_none, to_float], self.offset)
        if self.range is not None:
            result["range"] = from_union([lambda x: from_list(lambda x: from_union([from_none, to_float], x), x), from_none], self.range)
        if self.scale is not None:
            result["scale"] = from_union([from_none, to_float], self.scale)
        return result


@dataclass
class DataDescr:
    """Description of nominal or ordinal tensor data: a fixed set of values. That the `values`
    fit `type` (booleans for `bool`, numbers within the dtype's limits, strings only with
    unsigned integer types, no floats with integer types) is checked in code (rule
    `model05.tensors.data`).
    
    Description of tensor data on an interval or ratio scale.
    """
    type: Optional[DtypeEnum] = None
    """The data type (dtype) of the tensor."""

    unit: Optional[str] = None
    """Unit of the data values: `arbitrary unit` or an SI unit."""

    values: Optional[List[Union[int, float, bool, str]]] = None
    """A fixed set of nominal or an ascending sequence of ordinal values.
    In this case `data.type` is required to be an unsigend integer type, e.g. 'uint8'.
    String `values` are interpreted as labels for tensor values 0, ..., N.
    Note: as YAML 1.2 does not natively support a "set" datatype,
    nominal values should be given as a sequence (aka list/array) as well.
    """
    offset: Optional[float] = None
    """Offset for data on a ratio scale."""

    range: Optional[List[Optional[float]]] = None
    """Tuple `(minimum, maximum)` specifying the allowed range of the data in this tensor.
    `None` corresponds to min/max of what can be expressed by **type**.
    The reference replaces infinite bounds (`.inf`, `-.inf`, 'inf', '-inf') by null with a
    warning (rule `model05.data.replace-inf`); the runtime does that before schema validation.
    """
    scale: Optional[float] = None
    """Scale for data on an interval (or ratio) scale."""

    @staticmethod
    def from_dict(obj: Any) -> 'DataDescr':
        assert isinstance(obj, dict)
        type = from_union([DtypeEnum, from_none], obj.get("type"))
        unit = from_union([from_none, from_str], obj.get("unit"))
        values = from_union([lambda x: from_list(lambda x: from_union([from_int, from_float, from_bool, from_str], x), x), from_none], obj.get("values"))
        offset = from_union([from_none, from_float], obj.get("offset"))
        range = from_union([lambda x: from_list(lambda x: from_union([from_none, from_float], x), x), from_none], obj.get("range"))
        scale = from_union([from_none, from_float], obj.get("scale"))
        return DataDescr(type, unit, values, offset, range, scale)

    def to_dict(self) -> dict:
        result: dict = {}
        if self.type is not None:
            result["type"] = from_union([lambda x: to_enum(DtypeEnum, x), from_none], self.type)
        if self.unit is not None:
            result["unit"] = from_union([from_none, from_str], self.unit)
        if self.values is not None:
            result["values"] = from_union([lambda x: from_list(lambda x: from_union([from_int, to_float, from_bool, from_str], x), x), from_none], self.values)
        if self.offset is not None:
            result["offset"] = from_union([from_none, to_float], self.offset)
        if self.range is not None:
            result["range"] = from_union([lambda x: from_list(lambda x: from_union([from_none, to_float], x), x), from_none], self.range)
        if self.scale is not None:
            result["scale"] = from_union([from_none, to_float], self.scale)
        return result


class PreprocessingDescrID(Enum):
    """Discriminator of the union: selects the branch by `id`."""

    BINARIZE = "binarize"
    CLIP = "clip"
    ENSURE_DTYPE = "ensure_dtype"
    FIXED_ZERO_MEAN_UNIT_VARIANCE = "fixed_zero_mean_unit_variance"
    SCALE_LINEAR = "scale_linear"
    SCALE_RANGE = "scale_range"
    SIGMOID = "sigmoid"
    SOFTMAX = "softmax"
    ZERO_MEAN_UNIT_VARIANCE = "zero_mean_unit_variance"


@dataclass
class PreprocessingDescrKwargs:
    """key word arguments for `BinarizeDescr`
    
    Key word arguments of `clip`.
    
    key word arguments for `ClipDescr`. Which combinations may be set (`min` xor
    `min_percentile`, `max` xor `max_percentile`, at least one of the four, `axes` only with
    a percentile) is checked in code (rule `model05.processing.kwargs`), as null counts as
    not set.
    
    Key word arguments of `ensure_dtype`.
    
    key word arguments for `EnsureDtypeDescr`
    
    key word arguments for `FixedZeroMeanUnitVarianceDescr`
    
    key word arguments for `FixedZeroMeanUnitVarianceDescr`. That `mean` and `std` have the
    same length is checked in code (rule `model05.processing.kwargs`).
    
    Key word arguments for `ScaleLinearDescr`. The identity (`gain` 1 and `offset` 0) is
    rejected in code (rule `model05.processing.kwargs`).
    
    Key word arguments for `ScaleLinearDescr`. At least one of `gain`/`offset` must be a
    list, lists must have equal lengths, and not all entries may be the identity; checked in
    code (rule `model05.processing.kwargs`).
    
    Key word arguments of `scale_range`.
    
    key word arguments for `ScaleRangeDescr`
    
    For `min_percentile`=0.0 (the default) and `max_percentile`=100 (the default)
    this processing step normalizes data to the [0, 1] intervall.
    For other percentiles the normalized values will partially be outside the [0, 1]
    intervall. Use `ScaleRange` followed by `ClipDescr` if you want to limit the
    normalized values to a range.
    `min_percentile < max_percentile` is checked in code (rule `model05.processing.kwargs`).
    
    Key word arguments of `softmax`.
    
    key word arguments for `SoftmaxDescr`
    
    Key word arguments of `zero_mean_unit_variance`.
    
    key word arguments for `ZeroMeanUnitVarianceDescr`
    """
    threshold: Optional[Union[float, List[float]]] = None
    """The fixed threshold
    
    The fixed threshold values along `axis`
    """
    axis: Optional[str] = None
    """The `threshold` axis
    
    The axis of the mean/std values to normalize each entry along that dimension
    separately.
    
    The axis of gain and offset values.
    
    The axis to apply the softmax function along.
    Note:
    Defaults to 'channel' axis
    (which may not exist, in which case
    a different axis id has to be specified).
    """
    axes: Optional[List[str]] = None
    """The subset of axes to determine percentiles jointly,
    
    i.e. axes to reduce to compute min/max from `min_percentile`/`max_percentile`.
    For example to clip 'batch', 'x' and 'y' jointly in a tensor ('batch', 'channel', 'y',
    'x')
    resulting in a tensor of equal shape with clipped values per channel, specify
    `axes=('batch', 'x', 'y')`.
    To clip samples independently, leave out the 'batch' axis.
    
    Only valid if `min_percentile` and/or `max_percentile` are set.
    
    Default: Compute percentiles over all axes jointly.
    
    The subset of axes to normalize jointly, i.e. axes to reduce to compute the min/max
    percentile value.
    For example to normalize 'batch', 'x' and 'y' jointly in a tensor ('batch', 'channel',
    'y', 'x')
    resulting in a tensor of equal shape normalized per channel, specify `axes=('batch', 'x',
    'y')`.
    To normalize samples independently, leave out the "batch" axis.
    Default: Scale all axes jointly.
    
    The subset of axes to normalize jointly, i.e. axes to reduce to compute mean/std.
    For example to normalize 'batch', 'x' and 'y' jointly in a tensor ('batch', 'channel',
    'y', 'x')
    resulting in a tensor of equal shape normalized per channel, specify `axes=('batch', 'x',
    'y')`.
    To normalize each sample independently leave out the 'batch' axis.
    Default: Scale all axes jointly.
    """
    max: Optional[float] = None
    """Maximum value for clipping.
    
    Exclusive with `max_percentile`.
    """
    max_percentile: Optional[float] = None
    """Maximum percentile for clipping.
    
    Exclusive with `max`.
    
    In range (1, 100].
    
    The upper percentile used to determine the value to align with one.
    Has to be bigger than `min_percentile`.
    The range is 1 to 100 instead of 0 to 100 to avoid mistakenly
    accepting percentiles specified in the range 0.0 to 1.0. In (1, 100].
    """
    min: Optional[float] = None
    """Minimum value for clipping.
    
    Exclusive with `min_percentile`
    """
    min_percentile: Optional[float] = None
    """Minimum percentile for clipping.
    
    Exclusive with `min`.
    
    In range [0, 100).
    
    The lower percentile used to determine the value to align with zero. In [0, 100).
    """
    dtype: Optional[DtypeEnum] = None
    """The data type to cast to."""

    mean: Optional[Union[float, List[float]]] = None
    """The mean value to normalize with.
    
    The mean value(s) to normalize with.
    """
    std: Optional[Union[float, List[float]]] = None
    """The standard deviation value to normalize with.
    
    The standard deviation value(s) to normalize with.
    Size must match `mean` values.
    """
    gain: Optional[Union[float, List[float]]] = None
    """multiplicative factor"""

    offset: Optional[Union[float, List[float]]] = None
    """additive term"""

    eps: Optional[float] = None
    """Epsilon for numeric stability.
    `out = (tensor - v_lower) / (v_upper - v_lower + eps)`;
    with `v_lower,v_upper` values at the respective percentiles. In (0, 0.1].
    
    epsilon for numeric stability: `out = (tensor - mean) / (std + eps)`. In (0, 0.1].
    """
    reference_tensor: Optional[str] = None
    """Tensor ID to compute the percentiles from. Default: The tensor itself.
    For any tensor in `inputs` only input tensor references are allowed.
    """

    @staticmethod
    def from_dict(obj: Any) -> 'PreprocessingDescrKwargs':
        assert isinstance(obj, dict)
        threshold = from_union([from_float, lambda x: from_list(from_float, x), from_none], obj.get("threshold"))
        axis = from_union([from_str, from_none], obj.get("axis"))
        axes = from_union([lambda x: from_list(from_str, x), from_none], obj.get("axes"))
        max = from_union([from_none, from_float], obj.get("max"))
        max_percentile = from_union([from_float, from_none], obj.get("max_percentile"))
        min = from_union([from_none, from_float], obj.get("min"))
        min_percentile = from_union([from_float, from_none], obj.get("min_percentile"))
        dtype = from_union([DtypeEnum, from_none], obj.get("dtype"))
        mean = from_union([from_float, lambda x: from_list(from_float, x), from_none], obj.get("mean"))
        std = from_union([from_float, lambda x: from_list(from_float, x), from_none], obj.get("std"))
        gain = from_union([from_float, lambda x: from_list(from_float, x), from_none], obj.get("gain"))
        offset = from_union([from_float, lambda x: from_list(from_float, x), from_none], obj.get("offset"))
        eps = from_union([from_float, from_none], obj.get("eps"))
        reference_tensor = from_union([from_str, from_none], obj.get("reference_tensor"))
        return PreprocessingDescrKwargs(threshold, axis, axes, max, max_percentile, min, min_percentile, dtype, mean, std, gain, offset, eps, reference_tensor)

    def to_dict(self) -> dict:
        result: dict = {}
        if self.threshold is not None:
            result["threshold"] = from_union([to_float, lambda x: from_list(to_float, x), from_none], self.threshold)
        if self.axis is not None:
            result["axis"] = from_union([from_str, from_none], self.axis)
        if self.axes is not None:
            result["axes"] = from_union([lambda x: from_list(from_str, x), from_none], self.axes)
        if self.max is not None:
            result["max"] = from_union([from_none, to_float], self.max)
        if self.max_percentile is not None:
            result["max_percentile"] = from_union([to_float, from_none], self.max_percentile)
        if self.min is not None:
            result["min"] = from_union([from_none, to_float], self.min)
        if self.min_percentile is not None:
            result["min_percentile"] = from_union([to_float, from_none], self.min_percentile)
        if self.dtype is not None:
            result["dtype"] = from_union([lambda x: to_enum(DtypeEnum, x), from_none], self.dtype)
        if self.mean is not None:
            result["mean"] = from_union([to_float, lambda x: from_list(to_float, x), from_none], self.mean)
        if self.std is not None:
            result["std"] = from_union([to_float, lambda x: from_list(to_float, x), from_none], self.std)
        if self.gain is not None:
            result["gain"] = from_union([to_float, lambda x: from_list(to_float, x), from_none], self.gain)
        if self.offset is not None:
            result["offset"] = from_union([to_float, lambda x: from_list(to_float, x), from_none], self.offset)
        if self.eps is not None:
            result["eps"] = from_union([to_float, from_none], self.eps)
        if self.reference_tensor is not None:
            result["reference_tensor"] = from_union([from_str, from_none], self.reference_tensor)
        return result


@dataclass
class PreprocessingDescr:
    """A preprocessing step, discriminated by `id`.
    
    Binarize the tensor with a fixed threshold.
    
    Values above `BinarizeKwargs.threshold`/`BinarizeAlongAxisKwargs.threshold`
    will be set to one, values below the threshold to zero.
    
    Examples:
    - in YAML
    ```yaml
    postprocessing:
    - id: binarize
    kwargs:
    axis: 'channel'
    threshold: [0.25, 0.5, 0.75]
    ```
    - in Python:
    >>> postprocessing = [BinarizeDescr(
    ...   kwargs=BinarizeAlongAxisKwargs(
    ...       axis=AxisId('channel'),
    ...       threshold=[0.25, 0.5, 0.75],
    ...   )
    ... )]
    
    Set tensor values below min to min and above max to max.
    
    See `ScaleRangeDescr` for examples.
    
    Cast the tensor data type to `EnsureDtypeKwargs.dtype` (if not matching).
    
    This can for example be used to ensure the inner neural network model gets a
    different input tensor data type than the fully described bioimage.io model does.
    
    Examples:
    The described bioimage.io model (incl. preprocessing) accepts any
    float32-compatible tensor, normalizes it with percentiles and clipping and then
    casts it to uint8, which is what the neural network in this example expects.
    - in YAML
    ```yaml
    inputs:
    - data:
    type: float32  # described bioimage.io model is compatible with any float32 input
    tensor
    preprocessing:
    - id: scale_range
    kwargs:
    axes: ['y', 'x']
    max_percentile: 99.8
    min_percentile: 5.0
    - id: clip
    kwargs:
    min: 0.0
    max: 1.0
    - id: ensure_dtype  # the neural network of the model requires uint8
    kwargs:
    dtype: uint8
    ```
    - in Python:
    >>> preprocessing = [
    ...     ScaleRangeDescr(
    ...         kwargs=ScaleRangeKwargs(
    ...           axes= (AxisId('y'), AxisId('x')),
    ...           max_percentile= 99.8,
    ...           min_percentile= 5.0,
    ...         )
    ...     ),
    ...     ClipDescr(kwargs=ClipKwargs(min=0.0, max=1.0)),
    ...     EnsureDtypeDescr(kwargs=EnsureDtypeKwargs(dtype="uint8")),
    ... ]
    
    Subtract a given mean and divide by the standard deviation.
    
    Normalize with fixed, precomputed values for
    `FixedZeroMeanUnitVarianceKwargs.mean` and `FixedZeroMeanUnitVarianceKwargs.std`
    Use `FixedZeroMeanUnitVarianceAlongAxisKwargs` for independent scaling along given
    axes.
    
    Examples:
    1. scalar value for whole tensor
    - in YAML
    ```yaml
    preprocessing:
    - id: fixed_zero_mean_unit_variance
    kwargs:
    mean: 103.5
    std: 13.7
    ```
    - in Python
    >>> preprocessing = [FixedZeroMeanUnitVarianceDescr(
    ...   kwargs=FixedZeroMeanUnitVarianceKwargs(mean=103.5, std=13.7)
    ... )]
    
    2. independently along an axis
    - in YAML
    ```yaml
    preprocessing:
    - id: fixed_zero_mean_unit_variance
    kwargs:
    axis: channel
    mean: [101.5, 102.5, 103.5]
    std: [11.7, 12.7, 13.7]
    ```
    - in Python
    >>> preprocessing = [FixedZeroMeanUnitVarianceDescr(
    ...   kwargs=FixedZeroMeanUnitVarianceAlongAxisKwargs(
    ...     axis=AxisId("channel"),
    ...     mean=[101.5, 102.5, 103.5],
    ...     std=[11.7, 12.7, 13.7],
    ...   )
    ... )]
    
    Fixed linear scaling.
    
    Examples:
    1. Scale with scalar gain and offset
    - in YAML
    ```yaml
    preprocessing:
    - id: scale_linear
    kwargs:
    gain: 2.0
    offset: 3.0
    ```
    - in Python:
    >>> preprocessing = [
    ...     ScaleLinearDescr(kwargs=ScaleLinearKwargs(gain= 2.0, offset=3.0))
    ... ]
    
    2. Independent scaling along an axis
    - in YAML
    ```yaml
    preprocessing:
    - id: scale_linear
    kwargs:
    axis: 'channel'
    gain: [1.0, 2.0, 3.0]
    ```
    - in Python:
    >>> preprocessing = [
    ...     ScaleLinearDescr(
    ...         kwargs=ScaleLinearAlongAxisKwargs(
    ...             axis=AxisId("channel"),
    ...             gain=[1.0, 2.0, 3.0],
    ...         )
    ...     )
    ... ]
    
    Scale with percentiles.
    
    Examples:
    1. Scale linearly to map 5th percentile to 0 and 99.8th percentile to 1.0
    - in YAML
    ```yaml
    preprocessing:
    - id: scale_range
    kwargs:
    axes: ['y', 'x']
    max_percentile: 99.8
    min_percentile: 5.0
    ```
    - in Python
    >>> preprocessing = [
    ...     ScaleRangeDescr(
    ...         kwargs=ScaleRangeKwargs(
    ...           axes= (AxisId('y'), AxisId('x')),
    ...           max_percentile= 99.8,
    ...           min_percentile= 5.0,
    ...         )
    ...     )
    ... ]
    
    2. Combine the above scaling with additional clipping to clip values outside the range
    given by the percentiles.
    - in YAML
    ```yaml
    preprocessing:
    - id: scale_range
    kwargs:
    axes: ['y', 'x']
    max_percentile: 99.8
    min_percentile: 5.0
    - id: scale_range
    - id: clip
    kwargs:
    min: 0.0
    max: 1.0
    ```
    - in Python
    >>> preprocessing = [
    ...   ScaleRangeDescr(
    ...     kwargs=ScaleRangeKwargs(
    ...       axes= (AxisId('y'), AxisId('x')),
    ...       max_percentile= 99.8,
    ...       min_percentile= 5.0,
    ...     )
    ...   ),
    ...   ClipDescr(
    ...     kwargs=ClipKwargs(
    ...       min=0.0,
    ...       max=1.0,
    ...     )
    ...   ),
    ... ]
    
    The logistic sigmoid function, a.k.a. expit function.
    
    Examples:
    - in YAML
    ```yaml
    postprocessing:
    - id: sigmoid
    ```
    - in Python:
    >>> postprocessing = [SigmoidDescr()]
    (No `kwargs`.)
    
    The softmax function.
    
    Examples:
    - in YAML
    ```yaml
    postprocessing:
    - id: softmax
    kwargs:
    axis: channel
    ```
    - in Python:
    >>> postprocessing = [SoftmaxDescr(kwargs=SoftmaxKwargs(axis=AxisId("channel")))]
    
    Subtract mean and divide by variance.
    
    Examples:
    Subtract tensor mean and variance
    - in YAML
    ```yaml
    preprocessing:
    - id: zero_mean_unit_variance
    ```
    - in Python
    >>> preprocessing = [ZeroMeanUnitVarianceDescr()]
    """
    id: PreprocessingDescrID
    """Discriminator of the union: selects the branch by `id`.
    
    Processing step id `binarize`.
    
    Processing step id `clip`.
    
    Processing step id `ensure_dtype`.
    
    Processing step id `fixed_zero_mean_unit_variance`.
    
    Processing step id `scale_linear`.
    
    Processing step id `scale_range`.
    
    Processing step id `sigmoid`.
    
    Processing step id `softmax`.
    
    Processing step id `zero_mean_unit_variance`.
    """
    kwargs: Optional[PreprocessingDescrKwargs] = None
    """Key word arguments of `binarize`.
    
    Key word arguments of `clip`.
    
    Key word arguments of `ensure_dtype`.
    
    Key word arguments of `fixed_zero_mean_unit_variance`.
    
    Key word arguments of `scale_linear`.
    
    Key word arguments of `scale_range`.
    
    Key word arguments of `softmax`.
    
    Key word arguments of `zero_mean_unit_variance`.
    """

    @staticmethod
    def from_dict(obj: Any) -> 'PreprocessingDescr':
        assert isinstance(obj, dict)
        id = PreprocessingDescrID(obj.get("id"))
        kwargs = from_union([PreprocessingDescrKwargs.from_dict, from_none], obj.get("kwargs"))
        return PreprocessingDescr(id, kwargs)

    def to_dict(self) -> dict:
        result: dict = {}
        result["id"] = to_enum(PreprocessingDescrID, self.id)
        if self.kwargs is not None:
            result["kwargs"] = from_union([lambda x: to_class(PreprocessingDescrKwargs, x), from_none], self.kwargs)
        return result


@dataclass
class InputTensorDescr:
    """Description of an input tensor."""

    axes: List[InputAxis]
    """tensor axes (at most one batch axis, unique axis ids: rules `model05.axes.*`)"""

    data: Optional[Union[DataDescr, List[TensorDataDescr]]] = None
    """Description of the tensor's data values, optionally per channel.
    If specified per channel, the data `type` needs to match across channels.
    Per-channel lists must agree in `type` and have one entry per channel (rules
    `model05.tensors.data`).
    """
    description: Optional[str] = None
    """free text description"""

    id: Optional[str] = None
    """Input tensor id.
    No duplicates are allowed across all inputs and outputs.
    """
    optional: Optional[bool] = None
    """indicates that this tensor may be `None`"""

    preprocessing: Optional[List[PreprocessingDescr]] = None
    """Description of how this input should be preprocessed.
    
    notes:
    - If preprocessing does not start with an 'ensure_dtype' entry, it is added
    to ensure an input tensor's data type matches the input tensor's data description.
    - If preprocessing does not end with an 'ensure_dtype' or 'binarize' entry, an
    'ensure_dtype' step is added to ensure preprocessing steps are not unintentionally
    changing the data type.
    (bioimage-specs adds these steps as the reference does, when it loads the description.)
    """
    sample_tensor: Optional[FileDescr] = None
    """A sample tensor to illustrate a possible input/output for the model,
    The sample image primarily serves to inform a human user about an example use case
    and is typically stored as .hdf5, .png or .tiff.
    It has to be readable by the [imageio
    library](https://imageio.readthedocs.io/en/stable/formats/index.html#supported-formats)
    (numpy's `.npy` format is not supported).
    The image dimensionality has to match the number of axes specified in this tensor
    description.
    (Its dimensionality is an IO check in code, rule `model05.io.sample-tensor`; a missing
    sample tensor gets a FAIR ALERT, rule `common.fair`.)
    """
    test_tensor: Optional[FileDescr] = None
    """An example tensor to use for testing.
    Using the model with the test input tensors is expected to yield the test output tensors.
    Each test tensor has be a an ndarray in the
    [numpy.lib file
    format](https://numpy.org/doc/stable/reference/generated/numpy.lib.format.html#module-numpy.lib.format).
    The file extension must be '.npy'.
    (Suffix, shape and dtype are IO checks in code, rule `model05.io.test-tensors`; a missing
    test tensor gets a FAIR ALERT, rule `common.fair`.)
    """

    @staticmethod
    def from_dict(obj: Any) -> 'InputTensorDescr':
        assert isinstance(obj, dict)
        axes = from_list(InputAxis.from_dict, obj.get("axes"))
        data = from_union([DataDescr.from_dict, lambda x: from_list(TensorDataDescr.from_dict, x), from_none], obj.get("data"))
        description = from_union([from_str, from_none], obj.get("description"))
        id = from_union([from_str, from_none], obj.get("id"))
        optional = from_union([from_bool, from_none], obj.get("optional"))
        preprocessing = from_union([lambda x: from_list(PreprocessingDescr.from_dict, x), from_none], obj.get("preprocessing"))
        sample_tensor = from_union([FileDescr.from_dict, from_none], obj.get("sample_tensor"))
        test_tensor = from_union([FileDescr.from_dict, from_none], obj.get("test_tensor"))
        return InputTensorDescr(axes, data, description, id, optional, preprocessing, sample_tensor, test_tensor)

    def to_dict(self) -> dict:
        result: dict = {}
        result["axes"] = from_list(lambda x: to_class(InputAxis, x), self.axes)
        if self.data is not None:
            result["data"] = from_union([lambda x: to_class(DataDescr, x), lambda x: from_list(lambda x: to_class(TensorDataDescr, x), x), from_none], self.data)
        if self.description is not None:
            result["description"] = from_union([from_str, from_none], self.description)
        if self.id is not None:
            result["id"] = from_union([from_str, from_none], self.id)
        if self.optional is not None:
            result["optional"] = from_union([from_bool, from_none], self.optional)
        if self.preprocessing is not None:
            result["preprocessing"] = from_union([lambda x: from_list(lambda x: to_class(PreprocessingDescr, x), x), from_none], self.preprocessing)
        if self.sample_tensor is not None:
            result["sample_tensor"] = from_union([lambda x: to_class(FileDescr, x), from_none], self.sample_tensor)
        if self.test_tensor is not None:
            result["test_tensor"] = from_union([lambda x: to_class(FileDescr, x), from_none], self.test_tensor)
        return result


@dataclass
class Maintainer:
    """A maintainer of a resource description."""

    github_user: str
    """GitHub user name. With IO checks the reference looks the user up on GitHub;
    bioimage-specs does not.
    """
    affiliation: Optional[str] = None
    """Affiliation"""

    email: Optional[str] = None
    """Email"""

    name: Optional[str] = None
    """Full name. May not contain `/` or `\\`."""

    orcid: Optional[str] = None
    """An [ORCID iD](https://support.orcid.org/hc/en-us/sections/360001495313-What-is-ORCID
    ) in hyphenated groups of 4 digits, (and [valid](
    
    https://support.orcid.org/hc/en-us/articles/360006897674-Structure-of-the-ORCID-Identifier
    ) as per ISO 7064 11,2.)
    """

    @staticmethod
    def from_dict(obj: Any) -> 'Maintainer':
        assert isinstance(obj, dict)
        github_user = from_str(obj.get("github_user"))
        affiliation = from_union([from_none, from_str], obj.get("affiliation"))
        email = from_union([from_none, from_str], obj.get("email"))
        name = from_union([from_none, from_str], obj.get("name"))
        orcid = from_union([from_none, from_str], obj.get("orcid"))
        return Maintainer(github_user, affiliation, email, name, orcid)

    def to_dict(self) -> dict:
        result: dict = {}
        result["github_user"] = from_str(self.github_user)
        if self.affiliation is not None:
            result["affiliation"] = from_union([from_none, from_str], self.affiliation)
        if self.email is not None:
            result["email"] = from_union([from_none, from_str], self.email)
        if self.name is not None:
            result["name"] = from_union([from_none, from_str], self.name)
        if self.orcid is not None:
            result["orcid"] = from_union([from_none, from_str], self.orcid)
        return result


@dataclass
class SizeReference:
    """A tensor axis size (extent in pixels/frames) defined in relation to a reference axis.
    
    `axis.size = reference.size * reference.scale / axis.scale + offset`
    
    Note:
    1. The axis and the referenced axis need to have the same unit (or no unit).
    2. Batch axes may not be referenced.
    3. Fractions are rounded down.
    4. If the reference axis is `concatenable` the referencing axis is assumed to be
    `concatenable` as well with the same block order.
    
    That the reference resolves (existing tensor and axis, not itself, not a batch axis, a
    fixed or parameterized reference size, matching units, channel only to channel) is
    checked in code (rule `model05.axes.size-references`).
    
    The size of this axis, as a reference to another axis with an optional offset (see
    `SizeReference`); an axis with a halo cannot have a fixed size.
    
    The size of an output index axis that is only known after model inference, optionally
    bounded by `min` and `max`. `min < max` is checked in code (rule
    `model05.size.data-dependent-bounds`).
    """
    axis_id: Optional[str] = None
    """axis id of the reference axis"""

    offset: Optional[int] = None
    """Offset added to the scaled reference size: a `StrictInt`, which lax mode does not coerce
    (a string or a float is refused).
    """
    tensor_id: Optional[str] = None
    """tensor id of the reference axis"""

    max: Optional[int] = None
    """Maximal size (greater than 1), or null for unbounded."""

    min: Optional[int] = None
    """Minimal size, a positive integer."""

    @staticmethod
    def from_dict(obj: Any) -> 'SizeReference':
        assert isinstance(obj, dict)
        axis_id = from_union([from_str, from_none], obj.get("axis_id"))
        offset = from_union([from_none, from_int], obj.get("offset"))
        tensor_id = from_union([from_str, from_none], obj.get("tensor_id"))
        max = from_union([from_none, from_int], obj.get("max"))
        min = from_union([from_none, from_int], obj.get("min"))
        return SizeReference(axis_id, offset, tensor_id, max, min)

    def to_dict(self) -> dict:
        result: dict = {}
        if self.axis_id is not None:
            result["axis_id"] = from_union([from_str, from_none], self.axis_id)
        if self.offset is not None:
            result["offset"] = from_union([from_none, from_int], self.offset)
        if self.tensor_id is not None:
            result["tensor_id"] = from_union([from_str, from_none], self.tensor_id)
        if self.max is not None:
            result["max"] = from_union([from_none, from_int], self.max)
        if self.min is not None:
            result["min"] = from_union([from_none, from_int], self.min)
        return result


@dataclass
class OutputAxis:
    """An axis of an output tensor, discriminated by `type` (time and space output axes may
    carry a `halo`).
    
    The batch axis. Its id is `batch` (`b` is accepted and normalised to `batch` by the
    reference).
    
    A channel axis; its size is the number of `channel_names`.
    
    An index axis of an output tensor.
    
    A time axis of an output tensor, with or without a halo. The reference tells the two
    classes apart by the *presence of the key* `halo` (its callable discriminator), and puts
    the tag `with_halo` or `wo_halo` into error locations.
    
    A time axis of an output tensor without a halo (the reference's `TimeOutputAxis`, tag
    `wo_halo`).
    
    A time axis of an output tensor with a halo (the reference's `TimeOutputAxisWithHalo`,
    tag `with_halo`): its size must reference another axis.
    
    A space axis of an output tensor, with or without a halo. The reference tells the two
    classes apart by the *presence of the key* `halo` (its callable discriminator), and puts
    the tag `with_halo` or `wo_halo` into error locations.
    
    A space axis of an output tensor without a halo (the reference's `SpaceOutputAxis`, tag
    `wo_halo`).
    
    A space axis of an output tensor with a halo (the reference's `SpaceOutputAxisWithHalo`,
    tag `with_halo`): its size must reference another axis.
    """
    type: InputAxisType
    """Discriminator of the union: selects the branch by `type`.
    
    Axis type `batch`.
    
    Axis type `channel`.
    
    Axis type `index`.
    
    Axis type `time`.
    
    Axis type `space`.
    """
    description: Optional[str] = None
    """A short description of this axis beyond its type and id."""

    id: Optional[str] = None
    """The batch axis id; always `batch`.
    
    An axis id unique across all axes of one tensor.
    """
    size: Optional[Union[int, SizeReference]] = None
    """The batch size may be fixed to 1,
    otherwise (the default) it may be chosen arbitrarily depending on available memory
    
    The size/length of this axis can be specified as
    - fixed integer
    - reference to another axis with an optional offset (`SizeReference`)
    - data dependent size using `DataDependentSize` (size is only known after model
    inference)
    
    The size/length of this axis can be specified as
    - fixed integer
    - reference to another axis with an optional offset (see `SizeReference`)
    
    The size of this axis, as a reference to another axis with an optional offset (see
    `SizeReference`); an axis with a halo cannot have a fixed size.
    """
    channel_names: Optional[List[str]] = None
    """Names of the channels (identifiers); the channel axis size is their number."""

    scale: Optional[float] = None
    """Physical size of one pixel/frame along this axis in `unit` (positive)."""

    unit: Optional[Unit] = None
    """Time unit compatible to the OME-Zarr axes specification 0.5.
    
    Space unit compatible to the OME-Zarr axes specification 0.5.
    """
    halo: Optional[int] = None
    """The halo should be cropped from the output tensor to avoid boundary effects.
    It is to be cropped from both sides, i.e. `size_after_crop = size - 2 * halo`.
    To document a halo that is already cropped by the model use `size.offset` instead.
    If `halo` is given, `size` must be a `SizeReference`. That the halo fits the reference
    size is checked in code (rule `model05.axes.size-references`).
    """

    @staticmethod
    def from_dict(obj: Any) -> 'OutputAxis':
        assert isinstance(obj, dict)
        type = InputAxisType(obj.get("type"))
        description = from_union([from_str, from_none], obj.get("description"))
        id = from_union([from_str, from_none], obj.get("id"))
        size = from_union([from_none, from_int, SizeReference.from_dict], obj.get("size"))
        channel_names = from_union([lambda x: from_list(from_str, x), from_none], obj.get("channel_names"))
        scale = from_union([from_none, from_float], obj.get("scale"))
        unit = from_union([from_none, Unit], obj.get("unit"))
        halo = from_union([from_int, from_none], obj.get("halo"))
        return OutputAxis(type, description, id, size, channel_names, scale, unit, halo)

    def to_dict(self) -> dict:
        result: dict = {}
        result["type"] = to_enum(InputAxisType, self.type)
        if self.description is not None:
            result["description"] = from_union([from_str, from_none], self.description)
        if self.id is not None:
            result["id"] = from_union([from_str, from_none], self.id)
        if self.size is not None:
            result["size"] = from_union([from_none, from_int, lambda x: to_class(SizeReference, x)], self.size)
        if self.channel_names is not None:
            result["channel_names"] = from_union([lambda x: from_list(from_str, x), from_none], self.channel_names)
        if self.scale is not None:
            result["scale"] = from_union([from_none, to_float], self.scale)
        if self.unit is not None:
            result["unit"] = from_union([from_none, lambda x: to_enum(Unit, x)], self.unit)
        if self.halo is not None:
            result["halo"] = from_union([from_int, from_none], self.halo)
        return result


class PostprocessingDescrID(Enum):
    """Discriminator of the union: selects the branch by `id`."""

    BINARIZE = "binarize"
    CLIP = "clip"
    ENSURE_DTYPE = "ensure_dtype"
    FIXED_ZERO_MEAN_UNIT_VARIANCE = "fixed_zero_mean_unit_variance"
    SCALE_LINEAR = "scale_linear"
    SCALE_MEAN_VARIANCE = "scale_mean_variance"
    SCALE_RANGE = "scale_range"
    SIGMOID = "sigmoid"
    SOFTMAX = "softmax"
    ZERO_MEAN_UNIT_VARIANCE = "zero_mean_unit_variance"


@dataclass
class PostprocessingDescrKwargs:
    """key word arguments for `BinarizeDescr`
    
    Key word arguments of `clip`.
    
    key word arguments for `ClipDescr`. Which combinations may be set (`min` xor
    `min_percentile`, `max` xor `max_percentile`, at least one of the four, `axes` only with
    a percentile) is checked in code (rule `model05.processing.kwargs`), as null counts as
    not set.
    
    Key word arguments of `ensure_dtype`.
    
    key word arguments for `EnsureDtypeDescr`
    
    key word arguments for `FixedZeroMeanUnitVarianceDescr`
    
    key word arguments for `FixedZeroMeanUnitVarianceDescr`. That `mean` and `std` have the
    same length is checked in code (rule `model05.processing.kwargs`).
    
    Key word arguments for `ScaleLinearDescr`. The identity (`gain` 1 and `offset` 0) is
    rejected in code (rule `model05.processing.kwargs`).
    
    Key word arguments for `ScaleLinearDescr`. At least one of `gain`/`offset` must be a
    list, lists must have equal lengths, and not all entries may be the identity; checked in
    code (rule `model05.processing.kwargs`).
    
    Key word arguments of `scale_mean_variance`.
    
    key word arguments for `ScaleMeanVarianceDescr`
    
    Key word arguments of `scale_range`.
    
    key word arguments for `ScaleRangeDescr`
    
    For `min_percentile`=0.0 (the default) and `max_percentile`=100 (the default)
    this processing step normalizes data to the [0, 1] intervall.
    For other percentiles the normalized values will partially be outside the [0, 1]
    intervall. Use `ScaleRange` followed by `ClipDescr` if you want to limit the
    normalized values to a range.
    `min_percentile < max_percentile` is checked in code (rule `model05.processing.kwargs`).
    
    Key word arguments of `softmax`.
    
    key word arguments for `SoftmaxDescr`
    
    Key word arguments of `zero_mean_unit_variance`.
    
    key word arguments for `ZeroMeanUnitVarianceDescr`
    """
    threshold: Optional[Union[float, List[float]]] = None
    """The fixed threshold
    
    The fixed threshold values along `axis`
    """
    axis: Optional[str] = None
    """The `threshold` axis
    
    The axis of the mean/std values to normalize each entry along that dimension
    separately.
    
    The axis of gain and offset values.
    
    The axis to apply the softmax function along.
    Note:
    Defaults to 'channel' axis
    (which may not exist, in which case
    a different axis id has to be specified).
    """
    axes: Optional[List[str]] = None
    """The subset of axes to determine percentiles jointly,
    
    i.e. axes to reduce to compute min/max from `min_percentile`/`max_percentile`.
    For example to clip 'batch', 'x' and 'y' jointly in a tensor ('batch', 'channel', 'y',
    'x')
    resulting in a tensor of equal shape with clipped values per channel, specify
    `axes=('batch', 'x', 'y')`.
    To clip samples independently, leave out the 'batch' axis.
    
    Only valid if `min_percentile` and/or `max_percentile` are set.
    
    Default: Compute percentiles over all axes jointly.
    
    The subset of axes to normalize jointly, i.e. axes to reduce to compute mean/std.
    For example to normalize 'batch', 'x' and 'y' jointly in a tensor ('batch', 'channel',
    'y', 'x')
    resulting in a tensor of equal shape normalized per channel, specify `axes=('batch', 'x',
    'y')`.
    To normalize samples independently, leave out the 'batch' axis.
    Default: Scale all axes jointly.
    
    The subset of axes to normalize jointly, i.e. axes to reduce to compute the min/max
    percentile value.
    For example to normalize 'batch', 'x' and 'y' jointly in a tensor ('batch', 'channel',
    'y', 'x')
    resulting in a tensor of equal shape normalized per channel, specify `axes=('batch', 'x',
    'y')`.
    To normalize samples independently, leave out the "batch" axis.
    Default: Scale all axes jointly.
    
    The subset of axes to normalize jointly, i.e. axes to reduce to compute mean/std.
    For example to normalize 'batch', 'x' and 'y' jointly in a tensor ('batch', 'channel',
    'y', 'x')
    resulting in a tensor of equal shape normalized per channel, specify `axes=('batch', 'x',
    'y')`.
    To normalize each sample independently leave out the 'batch' axis.
    Default: Scale all axes jointly.
    """
    max: Optional[float] = None
    """Maximum value for clipping.
    
    Exclusive with `max_percentile`.
    """
    max_percentile: Optional[float] = None
    """Maximum percentile for clipping.
    
    Exclusive with `max`.
    
    In range (1, 100].
    
    The upper percentile used to determine the value to align with one.
    Has to be bigger than `min_percentile`.
    The range is 1 to 100 instead of 0 to 100 to avoid mistakenly
    accepting percentiles specified in the range 0.0 to 1.0. In (1, 100].
    """
    min: Optional[float] = None
    """Minimum value for clipping.
    
    Exclusive with `min_percentile`
    """
    min_percentile: Optional[float] = None
    """Minimum percentile for clipping.
    
    Exclusive with `min`.
    
    In range [0, 100).
    
    The lower percentile used to determine the value to align with zero. In [0, 100).
    """
    dtype: Optional[DtypeEnum] = None
    """The data type to cast to."""

    mean: Optional[Union[float, List[float]]] = None
    """The mean value to normalize with.
    
    The mean value(s) to normalize with.
    """
    std: Optional[Union[float, List[float]]] = None
    """The standard deviation value to normalize with.
    
    The standard deviation value(s) to normalize with.
    Size must match `mean` values.
    """
    gain: Optional[Union[float, List[float]]] = None
    """multiplicative factor"""

    offset: Optional[Union[float, List[float]]] = None
    """additive term"""

    eps: Optional[float] = None
    """Epsilon for numeric stability:
    `out  = (tensor - mean) / (std + eps) * (ref_std + eps) + ref_mean.` In (0, 0.1].
    
    Epsilon for numeric stability.
    `out = (tensor - v_lower) / (v_upper - v_lower + eps)`;
    with `v_lower,v_upper` values at the respective percentiles. In (0, 0.1].
    
    epsilon for numeric stability: `out = (tensor - mean) / (std + eps)`. In (0, 0.1].
    """
    reference_tensor: Optional[str] = None
    """Name of tensor to match.
    
    Tensor ID to compute the percentiles from. Default: The tensor itself.
    For any tensor in `inputs` only input tensor references are allowed.
    """

    @staticmethod
    def from_dict(obj: Any) -> 'PostprocessingDescrKwargs':
        assert isinstance(obj, dict)
        threshold = from_union([from_float, lambda x: from_list(from_float, x), from_none], obj.get("threshold"))
        axis = from_union([from_str, from_none], obj.get("axis"))
        axes = from_union([lambda x: from_list(from_str, x), from_none], obj.get("axes"))
        max = from_union([from_none, from_float], obj.get("max"))
        max_percentile = from_union([from_float, from_none], obj.get("max_percentile"))
        min = from_union([from_none, from_float], obj.get("min"))
        min_percentile = from_union([from_float, from_none], obj.get("min_percentile"))
        dtype = from_union([DtypeEnum, from_none], obj.get("dtype"))
        mean = from_union([from_float, lambda x: from_list(from_float, x), from_none], obj.get("mean"))
        std = from_union([from_float, lambda x: from_list(from_float, x), from_none], obj.get("std"))
        gain = from_union([from_float, lambda x: from_list(from_float, x), from_none], obj.get("gain"))
        offset = from_union([from_float, lambda x: from_list(from_float, x), from_none], obj.get("offset"))
        eps = from_union([from_float, from_none], obj.get("eps"))
        reference_tensor = from_union([from_str, from_none], obj.get("reference_tensor"))
        return PostprocessingDescrKwargs(threshold, axis, axes, max, max_percentile, min, min_percentile, dtype, mean, std, gain, offset, eps, reference_tensor)

    def to_dict(self) -> dict:
        result: dict = {}
        if self.threshold is not None:
            result["threshold"] = from_union([to_float, lambda x: from_list(to_float, x), from_none], self.threshold)
        if self.axis is not None:
            result["axis"] = from_union([from_str, from_none], self.axis)
        if self.axes is not None:
            result["axes"] = from_union([lambda x: from_list(from_str, x), from_none], self.axes)
        if self.max is not None:
            result["max"] = from_union([from_none, to_float], self.max)
        if self.max_percentile is not None:
            result["max_percentile"] = from_union([to_float, from_none], self.max_percentile)
        if self.min is not None:
            result["min"] = from_union([from_none, to_float], self.min)
        if self.min_percentile is not None:
            result["min_percentile"] = from_union([to_float, from_none], self.min_percentile)
        if self.dtype is not None:
            result["dtype"] = from_union([lambda x: to_enum(DtypeEnum, x), from_none], self.dtype)
        if self.mean is not None:
            result["mean"] = from_union([to_float, lambda x: from_list(to_float, x), from_none], self.mean)
        if self.std is not None:
            result["std"] = from_union([to_float, lambda x: from_list(to_float, x), from_none], self.std)
        if self.gain is not None:
            result["gain"] = from_union([to_float, lambda x: from_list(to_float, x), from_none], self.gain)
        if self.offset is not None:
            result["offset"] = from_union([to_float, lambda x: from_list(to_float, x), from_none], self.offset)
        if self.eps is not None:
            result["eps"] = from_union([to_float, from_none], self.eps)
        if self.reference_tensor is not None:
            result["reference_tensor"] = from_union([from_str, from_none], self.reference_tensor)
        return result


@dataclass
class PostprocessingDescr:
    """A postprocessing step, discriminated by `id` (adds `scale_mean_variance` to the
    preprocessing steps).
    
    Binarize the tensor with a fixed threshold.
    
    Values above `BinarizeKwargs.threshold`/`BinarizeAlongAxisKwargs.threshold`
    will be set to one, values below the threshold to zero.
    
    Examples:
    - in YAML
    ```yaml
    postprocessing:
    - id: binarize
    kwargs:
    axis: 'channel'
    threshold: [0.25, 0.5, 0.75]
    ```
    - in Python:
    >>> postprocessing = [BinarizeDescr(
    ...   kwargs=BinarizeAlongAxisKwargs(
    ...       axis=AxisId('channel'),
    ...       threshold=[0.25, 0.5, 0.75],
    ...   )
    ... )]
    
    Set tensor values below min to min and above max to max.
    
    See `ScaleRangeDescr` for examples.
    
    Cast the tensor data type to `EnsureDtypeKwargs.dtype` (if not matching).
    
    This can for example be used to ensure the inner neural network model gets a
    different input tensor data type than the fully described bioimage.io model does.
    
    Examples:
    The described bioimage.io model (incl. preprocessing) accepts any
    float32-compatible tensor, normalizes it with percentiles and clipping and then
    casts it to uint8, which is what the neural network in this example expects.
    - in YAML
    ```yaml
    inputs:
    - data:
    type: float32  # described bioimage.io model is compatible with any float32 input
    tensor
    preprocessing:
    - id: scale_range
    kwargs:
    axes: ['y', 'x']
    max_percentile: 99.8
    min_percentile: 5.0
    - id: clip
    kwargs:
    min: 0.0
    max: 1.0
    - id: ensure_dtype  # the neural network of the model requires uint8
    kwargs:
    dtype: uint8
    ```
    - in Python:
    >>> preprocessing = [
    ...     ScaleRangeDescr(
    ...         kwargs=ScaleRangeKwargs(
    ...           axes= (AxisId('y'), AxisId('x')),
    ...           max_percentile= 99.8,
    ...           min_percentile= 5.0,
    ...         )
    ...     ),
    ...     ClipDescr(kwargs=ClipKwargs(min=0.0, max=1.0)),
    ...     EnsureDtypeDescr(kwargs=EnsureDtypeKwargs(dtype="uint8")),
    ... ]
    
    Subtract a given mean and divide by the standard deviation.
    
    Normalize with fixed, precomputed values for
    `FixedZeroMeanUnitVarianceKwargs.mean` and `FixedZeroMeanUnitVarianceKwargs.std`
    Use `FixedZeroMeanUnitVarianceAlongAxisKwargs` for independent scaling along given
    axes.
    
    Examples:
    1. scalar value for whole tensor
    - in YAML
    ```yaml
    preprocessing:
    - id: fixed_zero_mean_unit_variance
    kwargs:
    mean: 103.5
    std: 13.7
    ```
    - in Python
    >>> preprocessing = [FixedZeroMeanUnitVarianceDescr(
    ...   kwargs=FixedZeroMeanUnitVarianceKwargs(mean=103.5, std=13.7)
    ... )]
    
    2. independently along an axis
    - in YAML
    ```yaml
    preprocessing:
    - id: fixed_zero_mean_unit_variance
    kwargs:
    axis: channel
    mean: [101.5, 102.5, 103.5]
    std: [11.7, 12.7, 13.7]
    ```
    - in Python
    >>> preprocessing = [FixedZeroMeanUnitVarianceDescr(
    ...   kwargs=FixedZeroMeanUnitVarianceAlongAxisKwargs(
    ...     axis=AxisId("channel"),
    ...     mean=[101.5, 102.5, 103.5],
    ...     std=[11.7, 12.7, 13.7],
    ...   )
    ... )]
    
    Fixed linear scaling.
    
    Examples:
    1. Scale with scalar gain and offset
    - in YAML
    ```yaml
    preprocessing:
    - id: scale_linear
    kwargs:
    gain: 2.0
    offset: 3.0
    ```
    - in Python:
    >>> preprocessing = [
    ...     ScaleLinearDescr(kwargs=ScaleLinearKwargs(gain= 2.0, offset=3.0))
    ... ]
    
    2. Independent scaling along an axis
    - in YAML
    ```yaml
    preprocessing:
    - id: scale_linear
    kwargs:
    axis: 'channel'
    gain: [1.0, 2.0, 3.0]
    ```
    - in Python:
    >>> preprocessing = [
    ...     ScaleLinearDescr(
    ...         kwargs=ScaleLinearAlongAxisKwargs(
    ...             axis=AxisId("channel"),
    ...             gain=[1.0, 2.0, 3.0],
    ...         )
    ...     )
    ... ]
    
    Scale a tensor's data distribution to match another tensor's mean/std.
    `out  = (tensor - mean) / (std + eps) * (ref_std + eps) + ref_mean.`
    
    Scale with percentiles.
    
    Examples:
    1. Scale linearly to map 5th percentile to 0 and 99.8th percentile to 1.0
    - in YAML
    ```yaml
    preprocessing:
    - id: scale_range
    kwargs:
    axes: ['y', 'x']
    max_percentile: 99.8
    min_percentile: 5.0
    ```
    - in Python
    >>> preprocessing = [
    ...     ScaleRangeDescr(
    ...         kwargs=ScaleRangeKwargs(
    ...           axes= (AxisId('y'), AxisId('x')),
    ...           max_percentile= 99.8,
    ...           min_percentile= 5.0,
    ...         )
    ...     )
    ... ]
    
    2. Combine the above scaling with additional clipping to clip values outside the range
    given by the percentiles.
    - in YAML
    ```yaml
    preprocessing:
    - id: scale_range
    kwargs:
    axes: ['y', 'x']
    max_percentile: 99.8
    min_percentile: 5.0
    - id: scale_range
    - id: clip
    kwargs:
    min: 0.0
    max: 1.0
    ```
    - in Python
    >>> preprocessing = [
    ...   ScaleRangeDescr(
    ...     kwargs=ScaleRangeKwargs(
    ...       axes= (AxisId('y'), AxisId('x')),
    ...       max_percentile= 99.8,
    ...       min_percentile= 5.0,
    ...     )
    ...   ),
    ...   ClipDescr(
    ...     kwargs=ClipKwargs(
    ...       min=0.0,
    ...       max=1.0,
    ...     )
    ...   ),
    ... ]
    
    The logistic sigmoid function, a.k.a. expit function.
    
    Examples:
    - in YAML
    ```yaml
    postprocessing:
    - id: sigmoid
    ```
    - in Python:
    >>> postprocessing = [SigmoidDescr()]
    (No `kwargs`.)
    
    The softmax function.
    
    Examples:
    - in YAML
    ```yaml
    postprocessing:
    - id: softmax
    kwargs:
    axis: channel
    ```
    - in Python:
    >>> postprocessing = [SoftmaxDescr(kwargs=SoftmaxKwargs(axis=AxisId("channel")))]
    
    Subtract mean and divide by variance.
    
    Examples:
    Subtract tensor mean and variance
    - in YAML
    ```yaml
    preprocessing:
    - id: zero_mean_unit_variance
    ```
    - in Python
    >>> preprocessing = [ZeroMeanUnitVarianceDescr()]
    """
    id: PostprocessingDescrID
    """Discriminator of the union: selects the branch by `id`.
    
    Processing step id `binarize`.
    
    Processing step id `clip`.
    
    Processing step id `ensure_dtype`.
    
    Processing step id `fixed_zero_mean_unit_variance`.
    
    Processing step id `scale_linear`.
    
    Processing step id `scale_mean_variance`.
    
    Processing step id `scale_range`.
    
    Processing step id `sigmoid`.
    
    Processing step id `softmax`.
    
    Processing step id `zero_mean_unit_variance`.
    """
    kwargs: Optional[PostprocessingDescrKwargs] = None
    """Key word arguments of `binarize`.
    
    Key word arguments of `clip`.
    
    Key word arguments of `ensure_dtype`.
    
    Key word arguments of `fixed_zero_mean_unit_variance`.
    
    Key word arguments of `scale_linear`.
    
    Key word arguments of `scale_mean_variance`.
    
    Key word arguments of `scale_range`.
    
    Key word arguments of `softmax`.
    
    Key word arguments of `zero_mean_unit_variance`.
    """

    @staticmethod
    def from_dict(obj: Any) -> 'PostprocessingDescr':
        assert isinstance(obj, dict)
        id = PostprocessingDescrID(obj.get("id"))
        kwargs = from_union([PostprocessingDescrKwargs.from_dict, from_none], obj.get("kwargs"))
        return PostprocessingDescr(id, kwargs)

    def to_dict(self) -> dict:
        result: dict = {}
        result["id"] = to_enum(PostprocessingDescrID, self.id)
        if self.kwargs is not None:
            result["kwargs"] = from_union([lambda x: to_class(PostprocessingDescrKwargs, x), from_none], self.kwargs)
        return result


@dataclass
class OutputTensorDescr:
    """Description of an output tensor."""

    axes: List[OutputAxis]
    """tensor axes (at most one batch axis, unique axis ids: rules `model05.axes.*`)"""

    data: Optional[Union[DataDescr, List[TensorDataDescr]]] = None
    """Description of the tensor's data values, optionally per channel.
    If specified per channel, the data `type` needs to match across channels.
    Per-channel lists must agree in `type` and have one entry per channel (rules
    `model05.tensors.data`).
    """
    description: Optional[str] = None
    """free text description"""

    id: Optional[str] = None
    """Output tensor id.
    No duplicates are allowed across all inputs and outputs.
    """
    postprocessing: Optional[List[PostprocessingDescr]] = None
    """Description of how this output should be postprocessed.
    
    note: `postprocessing` always ends with an 'ensure_dtype' operation.
    If not given this is added to cast to this tensor's `data.type`.
    (bioimage-specs adds these steps as the reference does, when it loads the description.)
    """
    sample_tensor: Optional[FileDescr] = None
    """A sample tensor to illustrate a possible input/output for the model,
    The sample image primarily serves to inform a human user about an example use case
    and is typically stored as .hdf5, .png or .tiff.
    It has to be readable by the [imageio
    library](https://imageio.readthedocs.io/en/stable/formats/index.html#supported-formats)
    (numpy's `.npy` format is not supported).
    The image dimensionality has to match the number of axes specified in this tensor
    description.
    (Its dimensionality is an IO check in code, rule `model05.io.sample-tensor`; a missing
    sample tensor gets a FAIR ALERT, rule `common.fair`.)
    """
    test_tensor: Optional[FileDescr] = None
    """An example tensor to use for testing.
    Using the model with the test input tensors is expected to yield the test output tensors.
    Each test tensor has be a an ndarray in the
    [numpy.lib file
    format](https://numpy.org/doc/stable/reference/generated/numpy.lib.format.html#module-numpy.lib.format).
    The file extension must be '.npy'.
    (Suffix, shape and dtype are IO checks in code, rule `model05.io.test-tensors`; a missing
    test tensor gets a FAIR ALERT, rule `common.fair`.)
    """

    @staticmethod
    def from_dict(obj: Any) -> 'OutputTensorDescr':
        assert isinstance(obj, dict)
        axes = from_list(OutputAxis.from_dict, obj.get("axes"))
        data = from_union([DataDescr.from_dict, lambda x: from_list(TensorDataDescr.from_dict, x), from_none], obj.get("data"))
        description = from_union([from_str, from_none], obj.get("description"))
        id = from_union([from_str, from_none], obj.get("id"))
        postprocessing = from_union([lambda x: from_list(PostprocessingDescr.from_dict, x), from_none], obj.get("postprocessing"))
        sample_tensor = from_union([FileDescr.from_dict, from_none], obj.get("sample_tensor"))
        test_tensor = from_union([FileDescr.from_dict, from_none], obj.get("test_tensor"))
        return OutputTensorDescr(axes, data, description, id, postprocessing, sample_tensor, test_tensor)

    def to_dict(self) -> dict:
        result: dict = {}
        result["axes"] = from_list(lambda x: to_class(OutputAxis, x), self.axes)
        if self.data is not None:
            result["data"] = from_union([lambda x: to_class(DataDescr, x), lambda x: from_list(lambda x: to_class(TensorDataDescr, x), x), from_none], self.data)
        if self.description is not None:
            result["description"] = from_union([from_str, from_none], self.description)
        if self.id is not None:
            result["id"] = from_union([from_str, from_none], self.id)
        if self.postprocessing is not None:
            result["postprocessing"] = from_union([lambda x: from_list(lambda x: to_class(PostprocessingDescr, x), x), from_none], self.postprocessing)
        if self.sample_tensor is not None:
            result["sample_tensor"] = from_union([lambda x: to_class(FileDescr, x), from_none], self.sample_tensor)
        if self.test_tensor is not None:
            result["test_tensor"] = from_union([lambda x: to_class(FileDescr, x), from_none], self.test_tensor)
        return result


@dataclass
class LinkedModel:
    """Reference to a bioimage.io model."""

    id: str
    """A valid model `id` from the bioimage.io collection."""

    version: Optional[Union[int, float, str]] = None
    """The version of the linked resource following SemVer 2.0. (The reference moves a
    deprecated `version_number` key to `version` before validation; the runtime does the same
    before schema validation.)
    """

    @staticmethod
    def from_dict(obj: Any) -> 'LinkedModel':
        assert isinstance(obj, dict)
        id = from_str(obj.get("id"))
        version = from_union([from_int, from_float, from_none, from_str], obj.get("version"))
        return LinkedModel(id, version)

    def to_dict(self) -> dict:
        result: dict = {}
        result["id"] = from_str(self.id)
        if self.version is not None:
            result["version"] = from_union([from_int, to_float, from_none, from_str], self.version)
        return result


@dataclass
class RunMode:
    """A custom run mode."""

    name: str
    """Run mode name (known: `deepimagej`; any other name gets a warning, rule
    `model05.run-mode.limited-support`; a union of `Literal['deepimagej']` and `str`, whose
    errors carry each branch's tag).
    """
    kwargs: Optional[Dict[str, Any]] = None
    """Run mode specific key word arguments"""

    @staticmethod
    def from_dict(obj: Any) -> 'RunMode':
        assert isinstance(obj, dict)
        name = from_str(obj.get("name"))
        kwargs = from_union([lambda x: from_dict(lambda x: x, x), from_none], obj.get("kwargs"))
        return RunMode(name, kwargs)

    def to_dict(self) -> dict:
        result: dict = {}
        result["name"] = from_str(self.name)
        if self.kwargs is not None:
            result["kwargs"] = from_union([lambda x: from_dict(lambda x: x, x), from_none], self.kwargs)
        return result


@dataclass
class LinkedDataset:
    """Reference to a bioimage.io dataset.
    
    An inline dataset description: the reference tries a dataset 0.3 description, then a
    dataset 0.2 one (left to right, after `LinkedDataset`), each with its before-validators,
    which edit the mapping in place (a missing `type` and `format_version` are set, a 0.2
    document is converted) so that the 0.2 branch sees what the 0.3 one left. JSON Schema
    cannot say that: the runtime checks the mapping with the dataset descriptions themselves
    and reports each branch's errors and warnings under its union tag, as pydantic does.
    """
    id: Optional[str] = None
    """A valid dataset `id` from the bioimage.io collection."""

    version: Optional[Union[int, float, str]] = None
    """The version of the linked resource following SemVer 2.0. (The reference moves a
    deprecated `version_number` key to `version` before validation; the runtime does the same
    before schema validation.)
    """

    @staticmethod
    def from_dict(obj: Any) -> 'LinkedDataset':
        assert isinstance(obj, dict)
        id = from_union([from_str, from_none], obj.get("id"))
        version = from_union([from_int, from_float, from_none, from_str], obj.get("version"))
        return LinkedDataset(id, version)

    def to_dict(self) -> dict:
        result: dict = {}
        if self.id is not None:
            result["id"] = from_union([from_str, from_none], self.id)
        if self.version is not None:
            result["version"] = from_union([from_int, to_float, from_none, from_str], self.version)
        return result


class ModelDescrType(Enum):
    MODEL = "model"


@dataclass
class Uploader:
    """The person who uploaded the resource (e.g. to bioimage.io)."""

    email: str
    """Email"""

    name: Optional[str] = None
    """name (the reference silently removes `/` and `\\` from it)"""

    @staticmethod
    def from_dict(obj: Any) -> 'Uploader':
        assert isinstance(obj, dict)
        email = from_str(obj.get("email"))
        name = from_union([from_none, from_str], obj.get("name"))
        return Uploader(email, name)

    def to_dict(self) -> dict:
        result: dict = {}
        result["email"] = from_str(self.email)
        if self.name is not None:
            result["name"] = from_union([from_none, from_str], self.name)
        return result


@dataclass
class KerasHdf5WeightsDescr:
    """Weights in the Keras HDF5 format."""

    source: str
    """Source of the weights file."""

    tensorflow_version: Union[int, float, str]
    """TensorFlow version used to create these weights."""

    authors: Optional[List[Author]] = None
    """Authors
    Either the person(s) that have trained this model resulting in the original weights
    file.
    (If this is the initial weights entry, i.e. it does not have a `parent`)
    Or the person(s) who have converted the weights to this weights format.
    (If this is a child weight, i.e. it has a `parent` field)
    """
    comment: Optional[str] = None
    """A comment about this weights entry, for example how these weights were created."""

    parent: Optional[WeightsFormat] = None
    """The source weights these weights were converted from.
    For example, if a model's weights were converted from the `pytorch_state_dict` format to
    `torchscript`,
    The `pytorch_state_dict` weights entry has no `parent` and is the parent of the
    `torchscript` weights.
    All weight entries except one (the initial set of weights resulting from training the
    model),
    need to have this field.
    (`parent` must name another present weights format: rules `model05.weights.entries`.)
    """
    sha256: Optional[str] = None
    """SHA256 hash value of the **source** file."""

    @staticmethod
    def from_dict(obj: Any) -> 'KerasHdf5WeightsDescr':
        assert isinstance(obj, dict)
        source = from_str(obj.get("source"))
        tensorflow_version = from_union([from_int, from_float, from_str], obj.get("tensorflow_version"))
        authors = from_union([lambda x: from_list(Author.from_dict, x), from_none], obj.get("authors"))
        comment = from_union([from_str, from_none], obj.get("comment"))
        parent = from_union([from_none, WeightsFormat], obj.get("parent"))
        sha256 = from_union([from_none, from_str], obj.get("sha256"))
        return KerasHdf5WeightsDescr(source, tensorflow_version, authors, comment, parent, sha256)

    def to_dict(self) -> dict:
        result: dict = {}
        result["source"] = from_str(self.source)
        result["tensorflow_version"] = from_union([from_int, to_float, from_str], self.tensorflow_version)
        if self.authors is not None:
            result["authors"] = from_union([lambda x: from_list(lambda x: to_class(Author, x), x), from_none], self.authors)
        if self.comment is not None:
            result["comment"] = from_union([from_str, from_none], self.comment)
        if self.parent is not None:
            result["parent"] = from_union([from_none, lambda x: to_enum(WeightsFormat, x)], self.parent)
        if self.sha256 is not None:
            result["sha256"] = from_union([from_none, from_str], self.sha256)
        return result


@dataclass
class OnnxWeightsDescr:
    """Weights in the ONNX format. The `external_data` file name must differ from the `source`
    file name (rule `model05.weights.onnx-external-data`).
    """
    opset_version: int
    """ONNX opset version (at least 7)."""

    source: str
    """Source of the weights file."""

    authors: Optional[List[Author]] = None
    """Authors
    Either the person(s) that have trained this model resulting in the original weights
    file.
    (If this is the initial weights entry, i.e. it does not have a `parent`)
    Or the person(s) who have converted the weights to this weights format.
    (If this is a child weight, i.e. it has a `parent` field)
    """
    comment: Optional[str] = None
    """A comment about this weights entry, for example how these weights were created."""

    external_data: Optional[FileDescr] = None
    """Source of the external ONNX data file holding the weights.
    (If present **source** holds the ONNX architecture without weights).
    (The `.data` suffix is checked in code, rule `common.file.suffix`.)
    """
    parent: Optional[WeightsFormat] = None
    """The source weights these weights were converted from.
    For example, if a model's weights were converted from the `pytorch_state_dict` format to
    `torchscript`,
    The `pytorch_state_dict` weights entry has no `parent` and is the parent of the
    `torchscript` weights.
    All weight entries except one (the initial set of weights resulting from training the
    model),
    need to have this field.
    (`parent` must name another present weights format: rules `model05.weights.entries`.)
    """
    sha256: Optional[str] = None
    """SHA256 hash value of the **source** file."""

    @staticmethod
    def from_dict(obj: Any) -> 'OnnxWeightsDescr':
        assert isinstance(obj, dict)
        opset_version = from_int(obj.get("opset_version"))
        source = from_str(obj.get("source"))
        authors = from_union([lambda x: from_list(Author.from_dict, x), from_none], obj.get("authors"))
        comment = from_union([from_str, from_none], obj.get("comment"))
        external_data = from_union([FileDescr.from_dict, from_none], obj.get("external_data"))
        parent = from_union([from_none, WeightsFormat], obj.get("parent"))
        sha256 = from_union([from_none, from_str], obj.get("sha256"))
        return OnnxWeightsDescr(opset_version, source, authors, comment, external_data, parent, sha256)

    def to_dict(self) -> dict:
        result: dict = {}
        result["opset_version"] = from_int(self.opset_version)
        result["source"] = from_str(self.source)
        if self.authors is not None:
            result["authors"] = from_union([lambda x: from_list(lambda x: to_class(Author, x), x), from_none], self.authors)
        if self.comment is not None:
            result["comment"] = from_union([from_str, from_none], self.comment)
        if self.external_data is not None:
            result["external_data"] = from_union([lambda x: to_class(FileDescr, x), from_none], self.external_data)
        if self.parent is not None:
            result["parent"] = from_union([from_none, lambda x: to_enum(WeightsFormat, x)], self.parent)
        if self.sha256 is not None:
            result["sha256"] = from_union([from_none, from_str], self.sha256)
        return result


@dataclass
class Architecture:
    """The architecture: a callable from a source file or from an importable library.
    
    A model architecture: a callable defined in a source file.
    
    A model architecture: a callable imported from an installed library.
    """
    callable: str
    """Identifier of the callable that returns a torch.nn.Module instance."""

    kwargs: Optional[Dict[str, Any]] = None
    """key word arguments for the `callable`"""

    sha256: Optional[str] = None
    """SHA256 hash value of the **source** file."""

    source: Optional[str] = None
    """Architecture source file"""

    import_from: Optional[str] = None
    """Where to import the callable from, i.e. `from <import_from> import <callable>`"""

    @staticmethod
    def from_dict(obj: Any) -> 'Architecture':
        assert isinstance(obj, dict)
        callable = from_str(obj.get("callable"))
        kwargs = from_union([lambda x: from_dict(lambda x: x, x), from_none], obj.get("kwargs"))
        sha256 = from_union([from_none, from_str], obj.get("sha256"))
        source = from_union([from_str, from_none], obj.get("source"))
        import_from = from_union([from_str, from_none], obj.get("import_from"))
        return Architecture(callable, kwargs, sha256, source, import_from)

    def to_dict(self) -> dict:
        result: dict = {}
        result["callable"] = from_str(self.callable)
        if self.kwargs is not None:
            result["kwargs"] = from_union([lambda x: from_dict(lambda x: x, x), from_none], self.kwargs)
        if self.sha256 is not None:
            result["sha256"] = from_union([from_none, from_str], self.sha256)
        if self.source is not None:
            result["source"] = from_union([from_str, from_none], self.source)
        if self.import_from is not None:
            result["import_from"] = from_union([from_str, from_none], self.import_from)
        return result


@dataclass
class PytorchStateDictWeightsDescr:
    """Weights as a PyTorch state dict, with the architecture to load them into."""

    architecture: Architecture
    """The architecture: a callable from a source file or from an importable library."""

    pytorch_version: Union[int, float, str]
    """Version of the PyTorch library used.
    If `architecture.depencencies` is specified it has to include pytorch and any version
    pinning has to be compatible.
    """
    source: str
    """Source of the weights file."""

    authors: Optional[List[Author]] = None
    """Authors
    Either the person(s) that have trained this model resulting in the original weights
    file.
    (If this is the initial weights entry, i.e. it does not have a `parent`)
    Or the person(s) who have converted the weights to this weights format.
    (If this is a child weight, i.e. it has a `parent` field)
    """
    comment: Optional[str] = None
    """A comment about this weights entry, for example how these weights were created."""

    dependencies: Optional[FileDescr] = None
    """Custom depencies beyond pytorch described in a Conda environment file.
    Allows to specify custom dependencies, see conda docs:
    - [Exporting an environment file across
    platforms](https://conda.io/projects/conda/en/latest/user-guide/tasks/manage-environments.html#exporting-an-environment-file-across-platforms)
    - [Creating an environment file
    manually](https://conda.io/projects/conda/en/latest/user-guide/tasks/manage-environments.html#creating-an-environment-file-manually)
    
    The conda environment file should include pytorch and any version pinning has to be
    compatible with
    **pytorch_version**.
    (The `.yaml`/`.yml` suffix is checked in code, rule `common.file.suffix`.)
    """
    parent: Optional[WeightsFormat] = None
    """The source weights these weights were converted from.
    For example, if a model's weights were converted from the `pytorch_state_dict` format to
    `torchscript`,
    The `pytorch_state_dict` weights entry has no `parent` and is the parent of the
    `torchscript` weights.
    All weight entries except one (the initial set of weights resulting from training the
    model),
    need to have this field.
    (`parent` must name another present weights format: rules `model05.weights.entries`.)
    """
    sha256: Optional[str] = None
    """SHA256 hash value of the **source** file."""

    @staticmethod
    def from_dict(obj: Any) -> 'PytorchStateDictWeightsDescr':
        assert isinstance(obj, dict)
        architecture = Architecture.from_dict(obj.get("architecture"))
        pytorch_version = from_union([from_int, from_float, from_str], obj.get("pytorch_version"))
        source = from_str(obj.get("source"))
        authors = from_union([lambda x: from_list(Author.from_dict, x), from_none], obj.get("authors"))
        comment = from_union([from_str, from_none], obj.get("comment"))
        dependencies = from_union([FileDescr.from_dict, from_none], obj.get("dependencies"))
        parent = from_union([from_none, WeightsFormat], obj.get("parent"))
        sha256 = from_union([from_none, from_str], obj.get("sha256"))
        return PytorchStateDictWeightsDescr(architecture, pytorch_version, source, authors, comment, dependencies, parent, sha256)

    def to_dict(self) -> dict:
        result: dict = {}
        result["architecture"] = to_class(Architecture, self.architecture)
        result["pytorch_version"] = from_union([from_int, to_float, from_str], self.pytorch_version)
        result["source"] = from_str(self.source)
        if self.authors is not None:
            result["authors"] = from_union([lambda x: from_list(lambda x: to_class(Author, x), x), from_none], self.authors)
        if self.comment is not None:
            result["comment"] = from_union([from_str, from_none], self.comment)
        if self.dependencies is not None:
            result["dependencies"] = from_union([lambda x: to_class(FileDescr, x), from_none], self.dependencies)
        if self.parent is not None:
            result["parent"] = from_union([from_none, lambda x: to_enum(WeightsFormat, x)], self.parent)
        if self.sha256 is not None:
            result["sha256"] = from_union([from_none, from_str], self.sha256)
        return result


@dataclass
class TensorflowJSWeightsDescr:
    """Weights in the TensorFlow.js format."""

    source: str
    """The multi-file weights.
    All required files/folders should be a zip archive.
    """
    tensorflow_version: Union[int, float, str]
    """Version of the TensorFlow library used."""

    authors: Optional[List[Author]] = None
    """Authors
    Either the person(s) that have trained this model resulting in the original weights
    file.
    (If this is the initial weights entry, i.e. it does not have a `parent`)
    Or the person(s) who have converted the weights to this weights format.
    (If this is a child weight, i.e. it has a `parent` field)
    """
    comment: Optional[str] = None
    """A comment about this weights entry, for example how these weights were created."""

    parent: Optional[WeightsFormat] = None
    """The source weights these weights were converted from.
    For example, if a model's weights were converted from the `pytorch_state_dict` format to
    `torchscript`,
    The `pytorch_state_dict` weights entry has no `parent` and is the parent of the
    `torchscript` weights.
    All weight entries except one (the initial set of weights resulting from training the
    model),
    need to have this field.
    (`parent` must name another present weights format: rules `model05.weights.entries`.)
    """
    sha256: Optional[str] = None
    """SHA256 hash value of the **source** file."""

    @staticmethod
    def from_dict(obj: Any) -> 'TensorflowJSWeightsDescr':
        assert isinstance(obj, dict)
        source = from_str(obj.get("source"))
        tensorflow_version = from_union([from_int, from_float, from_str], obj.get("tensorflow_version"))
        authors = from_union([lambda x: from_list(Author.from_dict, x), from_none], obj.get("authors"))
        comment = from_union([from_str, from_none], obj.get("comment"))
        parent = from_union([from_none, WeightsFormat], obj.get("parent"))
        sha256 = from_union([from_none, from_str], obj.get("sha256"))
        return TensorflowJSWeightsDescr(source, tensorflow_version, authors, comment, parent, sha256)

    def to_dict(self) -> dict:
        result: dict = {}
        result["source"] = from_str(self.source)
        result["tensorflow_version"] = from_union([from_int, to_float, from_str], self.tensorflow_version)
        if self.authors is not None:
            result["authors"] = from_union([lambda x: from_list(lambda x: to_class(Author, x), x), from_none], self.authors)
        if self.comment is not None:
            result["comment"] = from_union([from_str, from_none], self.comment)
        if self.parent is not None:
            result["parent"] = from_union([from_none, lambda x: to_enum(WeightsFormat, x)], self.parent)
        if self.sha256 is not None:
            result["sha256"] = from_union([from_none, from_str], self.sha256)
        return result


@dataclass
class TensorflowSavedModelBundleWeightsDescr:
    """Weights as a TensorFlow SavedModel bundle."""

    source: str
    """The multi-file weights.
    All required files/folders should be a zip archive.
    """
    tensorflow_version: Union[int, float, str]
    """Version of the TensorFlow library used."""

    authors: Optional[List[Author]] = None
    """Authors
    Either the person(s) that have trained this model resulting in the original weights
    file.
    (If this is the initial weights entry, i.e. it does not have a `parent`)
    Or the person(s) who have converted the weights to this weights format.
    (If this is a child weight, i.e. it has a `parent` field)
    """
    comment: Optional[str] = None
    """A comment about this weights entry, for example how these weights were created."""

    dependencies: Optional[FileDescr] = None
    """Custom dependencies beyond tensorflow.
    Should include tensorflow and any version pinning has to be compatible with
    **tensorflow_version**.
    (The `.yaml`/`.yml` suffix is checked in code, rule `common.file.suffix`.)
    """
    parent: Optional[WeightsFormat] = None
    """The source weights these weights were converted from.
    For example, if a model's weights were converted from the `pytorch_state_dict` format to
    `torchscript`,
    The `pytorch_state_dict` weights entry has no `parent` and is the parent of the
    `torchscript` weights.
    All weight entries except one (the initial set of weights resulting from training the
    model),
    need to have this field.
    (`parent` must name another present weights format: rules `model05.weights.entries`.)
    """
    sha256: Optional[str] = None
    """SHA256 hash value of the **source** file."""

    @staticmethod
    def from_dict(obj: Any) -> 'TensorflowSavedModelBundleWeightsDescr':
        assert isinstance(obj, dict)
        source = from_str(obj.get("source"))
        tensorflow_version = from_union([from_int, from_float, from_str], obj.get("tensorflow_version"))
        authors = from_union([lambda x: from_list(Author.from_dict, x), from_none], obj.get("authors"))
        comment = from_union([from_str, from_none], obj.get("comment"))
        dependencies = from_union([FileDescr.from_dict, from_none], obj.get("dependencies"))
        parent = from_union([from_none, WeightsFormat], obj.get("parent"))
        sha256 = from_union([from_none, from_str], obj.get("sha256"))
        return TensorflowSavedModelBundleWeightsDescr(source, tensorflow_version, authors, comment, dependencies, parent, sha256)

    def to_dict(self) -> dict:
        result: dict = {}
        result["source"] = from_str(self.source)
        result["tensorflow_version"] = from_union([from_int, to_float, from_str], self.tensorflow_version)
        if self.authors is not None:
            result["authors"] = from_union([lambda x: from_list(lambda x: to_class(Author, x), x), from_none], self.authors)
        if self.comment is not None:
            result["comment"] = from_union([from_str, from_none], self.comment)
        if self.dependencies is not None:
            result["dependencies"] = from_union([lambda x: to_class(FileDescr, x), from_none], self.dependencies)
        if self.parent is not None:
            result["parent"] = from_union([from_none, lambda x: to_enum(WeightsFormat, x)], self.parent)
        if self.sha256 is not None:
            result["sha256"] = from_union([from_none, from_str], self.sha256)
        return result


@dataclass
class TorchscriptWeightsDescr:
    """Weights in the TorchScript format."""

    pytorch_version: Union[int, float, str]
    """Version of the PyTorch library used."""

    source: str
    """Source of the weights file."""

    authors: Optional[List[Author]] = None
    """Authors
    Either the person(s) that have trained this model resulting in the original weights
    file.
    (If this is the initial weights entry, i.e. it does not have a `parent`)
    Or the person(s) who have converted the weights to this weights format.
    (If this is a child weight, i.e. it has a `parent` field)
    """
    comment: Optional[str] = None
    """A comment about this weights entry, for example how these weights were created."""

    parent: Optional[WeightsFormat] = None
    """The source weights these weights were converted from.
    For example, if a model's weights were converted from the `pytorch_state_dict` format to
    `torchscript`,
    The `pytorch_state_dict` weights entry has no `parent` and is the parent of the
    `torchscript` weights.
    All weight entries except one (the initial set of weights resulting from training the
    model),
    need to have this field.
    (`parent` must name another present weights format: rules `model05.weights.entries`.)
    """
    sha256: Optional[str] = None
    """SHA256 hash value of the **source** file."""

    @staticmethod
    def from_dict(obj: Any) -> 'TorchscriptWeightsDescr':
        assert isinstance(obj, dict)
        pytorch_version = from_union([from_int, from_float, from_str], obj.get("pytorch_version"))
        source = from_str(obj.get("source"))
        authors = from_union([lambda x: from_list(Author.from_dict, x), from_none], obj.get("authors"))
        comment = from_union([from_str, from_none], obj.get("comment"))
        parent = from_union([from_none, WeightsFormat], obj.get("parent"))
        sha256 = from_union([from_none, from_str], obj.get("sha256"))
        return TorchscriptWeightsDescr(pytorch_version, source, authors, comment, parent, sha256)

    def to_dict(self) -> dict:
        result: dict = {}
        result["pytorch_version"] = from_union([from_int, to_float, from_str], self.pytorch_version)
        result["source"] = from_str(self.source)
        if self.authors is not None:
            result["authors"] = from_union([lambda x: from_list(lambda x: to_class(Author, x), x), from_none], self.authors)
        if self.comment is not None:
            result["comment"] = from_union([from_str, from_none], self.comment)
        if self.parent is not None:
            result["parent"] = from_union([from_none, lambda x: to_enum(WeightsFormat, x)], self.parent)
        if self.sha256 is not None:
            result["sha256"] = from_union([from_none, from_str], self.sha256)
        return result


@dataclass
class WeightsDescr:
    """The weights for this model.
    Weights can be given for different formats, but should otherwise be equivalent.
    The available weight formats determine which consumers can use this model.
    
    The weights of a model, one entry per available format. At least one entry must be given
    (non-null) and exactly one entry should have no `parent` (warning otherwise); these are
    checked in code (rules `model05.weights.entries`, `model05.weights.entries`).
    """
    keras_hdf5: Optional[KerasHdf5WeightsDescr] = None
    """Weights in the Keras HDF5 format."""

    onnx: Optional[OnnxWeightsDescr] = None
    """Weights in the ONNX format."""

    pytorch_state_dict: Optional[PytorchStateDictWeightsDescr] = None
    """Weights as a PyTorch state dict."""

    tensorflow_js: Optional[TensorflowJSWeightsDescr] = None
    """Weights in the TensorFlow.js format."""

    tensorflow_saved_model_bundle: Optional[TensorflowSavedModelBundleWeightsDescr] = None
    """Weights as a TensorFlow SavedModel bundle."""

    torchscript: Optional[TorchscriptWeightsDescr] = None
    """Weights in the TorchScript format."""

    @staticmethod
    def from_dict(obj: Any) -> 'WeightsDescr':
        assert isinstance(obj, dict)
        keras_hdf5 = from_union([KerasHdf5WeightsDescr.from_dict, from_none], obj.get("keras_hdf5"))
        onnx = from_union([OnnxWeightsDescr.from_dict, from_none], obj.get("onnx"))
        pytorch_state_dict = from_union([PytorchStateDictWeightsDescr.from_dict, from_none], obj.get("pytorch_state_dict"))
        tensorflow_js = from_union([TensorflowJSWeightsDescr.from_dict, from_none], obj.get("tensorflow_js"))
        tensorflow_saved_model_bundle = from_union([TensorflowSavedModelBundleWeightsDescr.from_dict, from_none], obj.get("tensorflow_saved_model_bundle"))
        torchscript = from_union([TorchscriptWeightsDescr.from_dict, from_none], obj.get("torchscript"))
        return WeightsDescr(keras_hdf5, onnx, pytorch_state_dict, tensorflow_js, tensorflow_saved_model_bundle, torchscript)

    def to_dict(self) -> dict:
        result: dict = {}
        if self.keras_hdf5 is not None:
            result["keras_hdf5"] = from_union([lambda x: to_class(KerasHdf5WeightsDescr, x), from_none], self.keras_hdf5)
        if self.onnx is not None:
            result["onnx"] = from_union([lambda x: to_class(OnnxWeightsDescr, x), from_none], self.onnx)
        if self.pytorch_state_dict is not None:
            result["pytorch_state_dict"] = from_union([lambda x: to_class(PytorchStateDictWeightsDescr, x), from_none], self.pytorch_state_dict)
        if self.tensorflow_js is not None:
            result["tensorflow_js"] = from_union([lambda x: to_class(TensorflowJSWeightsDescr, x), from_none], self.tensorflow_js)
        if self.tensorflow_saved_model_bundle is not None:
            result["tensorflow_saved_model_bundle"] = from_union([lambda x: to_class(TensorflowSavedModelBundleWeightsDescr, x), from_none], self.tensorflow_saved_model_bundle)
        if self.torchscript is not None:
            result["torchscript"] = from_union([lambda x: to_class(TorchscriptWeightsDescr, x), from_none], self.torchscript)
        return result


@dataclass
class ModelDescr:
    """Specification of the fields used in a bioimage.io-compliant RDF to describe AI models
    with pretrained weights.
    These fields are typically stored in a YAML file which we call a model resource
    description file (model RDF).
    
    Describes model format 0.5.7 (the latest patch of 0.5).
    """
    format_version: str
    """Version of the bioimage.io model description specification used.
    When creating a new model always use the latest micro/patch version described here.
    The `format_version` is important for any consumer software to understand how to parse
    the fields.
    This schema describes the latest patch (0.5.7); older 0.5.x documents get their
    `format_version` bumped, future 0.5.x patches are treated as 0.5.7 (with an ALERT), and
    0.4/0.3 models are converted before validation. Any 0.5.x is read as 0.5.7.
    """
    inputs: List[InputTensorDescr]
    """Describes the input tensors expected by this model. (Tensor ids must be unique, rule
    `model05.tensors.unique-ids`; size references are checked by rule
    `model05.axes.size-references`.)
    """
    name: str
    """A human-readable name of this model.
    It should be no longer than 64 characters
    and may only contain letter, number, underscore, minus, parentheses and spaces.
    We recommend to chose a name that refers to the model's task and image modality.
    At most 128 characters (an INFO warning is issued above 64, rule `common.name.length`).
    """
    outputs: List[OutputTensorDescr]
    """Describes the output tensors. (See rules `model05.tensors.unique-ids`,
    `model05.axes.size-references`.)
    """
    type: ModelDescrType
    """Specialized resource type 'model'"""

    weights: WeightsDescr
    """The weights for this model.
    Weights can be given for different formats, but should otherwise be equivalent.
    The available weight formats determine which consumers can use this model.
    """
    attachments: Optional[List[FileDescr]] = None
    """file attachments"""

    authors: Optional[List[Author]] = None
    """The authors are the creators of the model RDF and the primary points of contact.
    An empty list gets a FAIR ALERT (rule `common.fair`).
    """
    cite: Optional[List[CiteEntry]] = None
    """citations (an empty list gets a FAIR ALERT, rule `common.fair`)"""

    config: Optional[Config] = None
    """A field for custom configuration (tool specific keys and bioimage.io metadata under
    `bioimageio`).
    """
    covers: Optional[List[str]] = None
    """Cover images. Please use an image smaller than 500KB and an aspect ratio width to height
    of 2:1 or 1:1.
    The supported image formats are: ('.gif', '.jpeg', '.jpg', '.png', '.svg', '.tif',
    '.tiff') (suffix checked in code, case-insensitive, rule `common.file.suffix`).
    """
    description: Optional[str] = None
    """A string containing a brief description.
    At most 1024 characters (a warning is issued above 512, rule `common.description.length`;
    an empty description gets a FAIR ALERT, rule `common.fair`).
    """
    documentation: Optional[str] = None
    """URL or relative path to a markdown file with additional documentation.
    The recommended documentation file name is `README.md`. An `.md` suffix is mandatory.
    The documentation should include a '#[#] Validation' (sub)section
    with details on how to quantitatively validate the model on unseen data.
    (With IO checks a missing validation section gets a warning, rule
    `model05.io.documentation-validation-section`.)
    The `.md` suffix (case-sensitive) is checked in code (rule `common.file.suffix`); a
    missing documentation gets a FAIR ALERT (rule `common.fair`).
    """
    git_repo: Optional[str] = None
    """A URL to the Git repository where the resource is being developed."""

    icon: Optional[str] = None
    """An icon for illustration, e.g. on bioimage.io: an emoji (1 or 2 characters) or a file
    source. A reserved bioimage.io YAML file name fails both branches (rule
    `common.icon.reserved-name`).
    """
    id: Optional[str] = None
    """bioimage.io-wide unique resource identifier
    assigned by bioimage.io; version **un**specific.
    """
    id_emoji: Optional[str] = None
    """UTF-8 emoji for display alongside the `id` (1 or 2 characters)."""

    license: Optional[str] = None
    """A [SPDX license identifier](https://spdx.org/licenses/).
    We do not support custom license beyond the SPDX license list, if you need that please
    [open a GitHub issue](https://github.com/bioimage-io/spec-bioimage-io/issues/new/choose)
    to discuss your intentions with the community.
    Checked against the SPDX list in code (rule `common.license.spdx`: unknown id = error,
    deprecated id = warning); a missing license gets a FAIR ALERT (rule `common.fair`).
    """
    links: Optional[List[str]] = None
    """IDs of other bioimage.io resources"""

    maintainers: Optional[List[Maintainer]] = None
    """Maintainers of this resource.
    If not specified, `authors` are maintainers and at least some of them has to specify
    their `github_user` name (ALERT otherwise, rule `common.maintainers.exist`).
    """
    packaged_by: Optional[List[Author]] = None
    """The persons that have packaged and uploaded this model.
    Only required if those persons differ from the `authors`.
    """
    parent: Optional[LinkedModel] = None
    """The model from which this model is derived, e.g. by fine-tuning the weights. (It may not
    be this model itself, rule `model05.parent.not-self`.)
    """
    run_mode: Optional[RunMode] = None
    """Custom run mode for this model: for more complex prediction procedures like test time
    data augmentation that currently cannot be expressed in the specification.
    No standard run modes are defined yet.
    (A given run mode gets a warning about limited support, rule
    `model05.run-mode.limited-support`.)
    """
    tags: Optional[List[str]] = None
    """Associated tags. The reference warns about bioimage.io tag categories
    (`data/tag-categories.json`) without a matching tag, which bioimage-specs does not check
    yet; an empty list gets a FAIR ALERT (rule `common.fair`).
    """
    timestamp: Optional[str] = None
    """Timestamp in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format as parsed by
    `dateutil.parser.isoparse` (e.g. `2019-12-11T12:22:32Z`; a time zone is optional, naive
    times are taken as local time and stored as UTC). The reference's default is the time of
    validation. Not `format: date-time`, which requires a time zone offset: ISO 8601 parsing
    is a rule (`model05.timestamp.iso8601`).
    """
    training_data: Optional[LinkedDataset] = None
    """The dataset used to train this model: a link to a bioimage.io dataset or an inline
    dataset description (tried in that order).
    """
    uploader: Optional[Uploader] = None
    """The person who uploaded the model (e.g. to bioimage.io)"""

    version: Optional[Union[int, float, str]] = None
    """The version of the resource following SemVer 2.0. (The reference moves a deprecated
    top-level `version_number` key to `version` before validation; the runtime does the same
    before schema validation.)
    """
    version_comment: Optional[str] = None
    """A comment on the version of the resource."""

    @staticmethod
    def from_dict(obj: Any) -> 'ModelDescr':
        assert isinstance(obj, dict)
        format_version = from_str(obj.get("format_version"))
        inputs = from_list(InputTensorDescr.from_dict, obj.get("inputs"))
        name = from_str(obj.get("name"))
        outputs = from_list(OutputTensorDescr.from_dict, obj.get("outputs"))
        type = ModelDescrType(obj.get("type"))
        weights = WeightsDescr.from_dict(obj.get("weights"))
        attachments = from_union([lambda x: from_list(FileDescr.from_dict, x), from_none], obj.get("attachments"))
        authors = from_union([lambda x: from_list(Author.from_dict, x), from_none], obj.get("authors"))
        cite = from_union([lambda x: from_list(CiteEntry.from_dict, x), from_none], obj.get("cite"))
        config = from_union([Config.from_dict, from_none], obj.get("config"))
        covers = from_union([lambda x: from_list(from_str, x), from_none], obj.get("covers"))
        description = from_union([from_str, from_none], obj.get("description"))
        documentation = from_union([from_none, from_str], obj.get("documentation"))
        git_repo = from_union([from_none, from_str], obj.get("git_repo"))
        icon = from_union([from_none, from_str], obj.get("icon"))
        id = from_union([from_str, from_none], obj.get("id"))
        id_emoji = from_union([from_none, from_str], obj.get("id_emoji"))
        license = from_union([from_none, from_str], obj.get("license"))
        links = from_union([lambda x: from_list(from_str, x), from_none], obj.get("links"))
        maintainers = from_union([lambda x: from_list(Maintainer.from_dict, x), from_none], obj.get("maintainers"))
        packaged_by = from_union([lambda x: from_list(Author.from_dict, x), from_none], obj.get("packaged_by"))
        parent = from_union([LinkedModel.from_dict, from_none], obj.get("parent"))
        run_mode = from_union([RunMode.from_dict, from_none], obj.get("run_mode"))
        tags = from_union([lambda x: from_list(from_str, x), from_none], obj.get("tags"))
        timestamp = from_union([from_str, from_none], obj.get("timestamp"))
        training_data = from_union([LinkedDataset.from_dict, from_none], obj.get("training_data"))
        uploader = from_union([Uploader.from_dict, from_none], obj.get("uploader"))
        version = from_union([from_int, from_float, from_none, from_str], obj.get("version"))
        version_comment = from_union([from_none, from_str], obj.get("version_comment"))
        return ModelDescr(format_version, inputs, name, outputs, type, weights, attachments, authors, cite, config, covers, description, documentation, git_repo, icon, id, id_emoji, license, links, maintainers, packaged_by, parent, run_mode, tags, timestamp, training_data, uploader, version, version_comment)

    def to_dict(self) -> dict:
        result: dict = {}
        result["format_version"] = from_str(self.format_version)
        result["inputs"] = from_list(lambda x: to_class(InputTensorDescr, x), self.inputs)
        result["name"] = from_str(self.name)
        result["outputs"] = from_list(lambda x: to_class(OutputTensorDescr, x), self.outputs)
        result["type"] = to_enum(ModelDescrType, self.type)
        result["weights"] = to_class(WeightsDescr, self.weights)
        if self.attachments is not None:
            result["attachments"] = from_union([lambda x: from_list(lambda x: to_class(FileDescr, x), x), from_none], self.attachments)
        if self.authors is not None:
            result["authors"] = from_union([lambda x: from_list(lambda x: to_class(Author, x), x), from_none], self.authors)
        if self.cite is not None:
            result["cite"] = from_union([lambda x: from_list(lambda x: to_class(CiteEntry, x), x), from_none], self.cite)
        if self.config is not None:
            result["config"] = from_union([lambda x: to_class(Config, x), from_none], self.config)
        if self.covers is not None:
            result["covers"] = from_union([lambda x: from_list(from_str, x), from_none], self.covers)
        if self.description is not None:
            result["description"] = from_union([from_str, from_none], self.description)
        if self.documentation is not None:
            result["documentation"] = from_union([from_none, from_str], self.documentation)
        if self.git_repo is not None:
            result["git_repo"] = from_union([from_none, from_str], self.git_repo)
        if self.icon is not None:
            result["icon"] = from_union([from_none, from_str], self.icon)
        if self.id is not None:
            result["id"] = from_union([from_str, from_none], self.id)
        if self.id_emoji is not None:
            result["id_emoji"] = from_union([from_none, from_str], self.id_emoji)
        if self.license is not None:
            result["license"] = from_union([from_none, from_str], self.license)
        if self.links is not None:
            result["links"] = from_union([lambda x: from_list(from_str, x), from_none], self.links)
        if self.maintainers is not None:
            result["maintainers"] = from_union([lambda x: from_list(lambda x: to_class(Maintainer, x), x), from_none], self.maintainers)
        if self.packaged_by is not None:
            result["packaged_by"] = from_union([lambda x: from_list(lambda x: to_class(Author, x), x), from_none], self.packaged_by)
        if self.parent is not None:
            result["parent"] = from_union([lambda x: to_class(LinkedModel, x), from_none], self.parent)
        if self.run_mode is not None:
            result["run_mode"] = from_union([lambda x: to_class(RunMode, x), from_none], self.run_mode)
        if self.tags is not None:
            result["tags"] = from_union([lambda x: from_list(from_str, x), from_none], self.tags)
        if self.timestamp is not None:
            result["timestamp"] = from_union([from_str, from_none], self.timestamp)
        if self.training_data is not None:
            result["training_data"] = from_union([lambda x: to_class(LinkedDataset, x), from_none], self.training_data)
        if self.uploader is not None:
            result["uploader"] = from_union([lambda x: to_class(Uploader, x), from_none], self.uploader)
        if self.version is not None:
            result["version"] = from_union([from_int, to_float, from_none, from_str], self.version)
        if self.version_comment is not None:
            result["version_comment"] = from_union([from_none, from_str], self.version_comment)
        return result


def model_descr_from_dict(s: Any) -> ModelDescr:
    return ModelDescr.from_dict(s)


def model_descr_to_dict(x: ModelDescr) -> Any:
    return to_class(ModelDescr, x)

