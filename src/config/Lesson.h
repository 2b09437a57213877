#pragma once
// Lesson folders (docs/lessons.md) into plain structs, every problem located:
// lessons/NN-slug/lesson.json with text.ja.md and text.en.md beside it.
#include "Experiment.h"
#include "Glossary.h"
#include "LocalizedText.h"
#include "Question.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <cmath>
#include <optional>

namespace kobai::config {

/// The newest lesson format this program reads.
constexpr int lessonFormatVersion = 1;

/// One experiment of a lesson: the JSON as written (controls change it) and the
/// parsed, checked experiment it gives.
struct LessonExperiment {
    QString name;
    LocalizedText label;
    QJsonObject source;
    Experiment experiment;
    /// Not run when the lesson opens, only when the learner asks (a long run, such as the
    /// book's 100-trial search); kobai-run --lesson runs it only when named.
    bool onDemand = false;
};

/// A field of the lesson's experiments the learner may change.
struct LessonControl {
    enum class Scale { Linear, Log };
    /// A dotted path inside the experiment object, e.g. "optimizer.lr", "batch_size", or
    /// "space[optimizer.lr].log.1" (a bracketed key may hold dots, a number indexes an array).
    QString field;
    LocalizedText label;
    /// The experiments it changes (names); empty means all of them.
    QStringList experiments;
    Scale scale = Scale::Linear;
    double min = 0.0;
    double max = 1.0;
    /// Slider granularity (linear scale; 0 = continuous); integer fields use whole steps.
    double step = 0.0;
    /// When given, the control offers exactly these values (numbers or strings) instead of a range.
    QJsonArray values;
    /// One label per value, when given (e.g. batch size 0 → "全体 / full").
    QList<LocalizedText> valueLabels;

    /// Whole-number steps: the field takes integers (a seed, epochs, a size).
    bool isInteger() const { return step >= 1.0 && std::floor(step) == step; }
};

/// One chart: which series of which experiments, against what.
struct LessonChart {
    enum class XAxis { Epoch, Updates, GradientEvaluations, Update, Step, Value, BatchSize, Activation, Weight, Layer, Trial, Workers, Staleness };
    LocalizedText title;
    XAxis x = XAxis::Epoch;
    /// Epoch-CSV columns (train_loss, val_loss, train_acc, val_acc, lr; a schedule
    /// experiment has lr only), "batch_loss" (the per-update loss; x "update"), or a
    /// trajectory's loss, x, y, lr (x "step"), or a sweep's final train_loss, val_loss,
    /// train_acc, val_acc against the swept value (x "value"); a gradient-noise
    /// experiment's CSV columns, one point per batch size (x "batch_size"); hidden layers
    /// "layer1" … (x "activation", "weight": their histograms at `epoch`), or a layer
    /// statistic weight_grad_norm, mean, std, saturated, dead per hidden layer at `epoch` (x "layer"),
    /// or a search's objective and best_so_far per trial (x "trial"), or a scaling
    /// experiment's speedup, efficiency, samples_per_second, update_seconds,
    /// communication_seconds and the ideal speed-up K per worker count (x "workers"), or an
    /// async data-parallel run's updates per staleness value (x "staleness").
    QStringList series;
    /// The epoch whose layer statistics an "activation", "weight" or "layer" chart shows
    /// (one of its experiments' layer_stats epochs); -1 for the other axes.
    int epoch = -1;
    /// Experiment names; empty means all.
    QStringList experiments;
    bool logX = false;
    bool logY = false;

    /// Plots hidden layers' statistics at one epoch rather than a run over time.
    bool showsLayers() const { return x == XAxis::Activation || x == XAxis::Weight || x == XAxis::Layer; }
};

/// A loss landscape (docs/lessons.md): the contour map of the function its trajectory
/// experiments walk on, with their paths drawn over it.
struct LessonLandscape {
    LocalizedText title;
    /// The function, the view, the levels and the grid of the contour map.
    ContourSpec contours;
    /// Trajectory experiments of the lesson on that function, in legend order (1 … 6).
    QStringList experiments;
};

/// A search drawn over two of its space's keys (docs/lessons.md): its trials as points
/// coloured by their objective and, for a Bayesian search, what its Gaussian process
/// believes there (posterior mean, standard deviation, expected improvement) as maps.
struct LessonSearch {
    enum class Layer { Trials, Mean, Sd, Improvement };
    LocalizedText title;
    QString experiment; ///< the search experiment's name
    int dimensionX = 0; ///< indices into its space's dimensions
    int dimensionY = 1;
    LocalizedText labelX; ///< the axes' names (default: the keys)
    LocalizedText labelY;
    QList<Layer> show;  ///< in the file's order; maps only for a bayes strategy
};

struct Lesson {
    QString folder; ///< where it was read from (a directory or a qrc path)
    QString id;
    int order = 0;
    LocalizedText title;
    LocalizedText tryThis;
    LocalizedText text; ///< the Markdown of text.ja.md and text.en.md
    QList<LessonExperiment> experiments;
    QList<LessonControl> controls;
    QList<LessonChart> charts;
    QList<LessonLandscape> landscapes;
    QList<LessonSearch> searches;
    QList<Question> questions;
};

/// One folder's outcome: a lesson, or the located messages saying why it is broken.
struct LessonLoad {
    QString folder;
    std::optional<Lesson> lesson;
    /// Every problem of the folder, one line each.
    QString error;
};

/// The indices of the experiments `names` lists, in the lesson's order; all of them
/// when names is empty (how controls, charts and landscapes name their experiments).
QList<int> experimentIndices(const QList<LessonExperiment> &experiments, const QStringList &names);

/// Checks the bytes of folder/lesson.json alone (the texts are not read).
Lesson parseLessonJson(const QByteArray &json, const QString &folder);

/// Reads and checks folder/lesson.json and its texts (each file at most maxFileBytes,
/// inside the folder, texts in UTF-8 showing only pictures from the folder). Throws
/// ConfigError naming every problem, one line each: the file, the field, the value and
/// what was expected.
Lesson readLessonFolder(const QString &folder);

/// Every lesson folder directly under dir (a directory or a qrc path), sorted by
/// order then folder name; a broken one is listed with its errors, and an id used
/// twice, or already used by a lesson of `taken` (the built-in ones, another folder),
/// makes the later folder broken. With a glossary, a text linking to a term it lacks
/// makes the lesson broken too. Never throws.
QList<LessonLoad> readLessonsUnder(const QString &dir, const Glossary *glossary = nullptr,
                                   const QList<LessonLoad> &taken = {});

/// The experiment object with the value at a dotted path replaced (objects on the
/// way are created); parse the result to check it.
QJsonObject withField(QJsonObject experiment, const QString &dottedPath, const QJsonValue &value);

/// The value at a dotted path, or undefined when absent.
QJsonValue fieldValue(const QJsonObject &experiment, const QString &dottedPath);

} // namespace kobai::config
