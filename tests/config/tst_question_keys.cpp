// Every numeric answer of the shipped question bank recomputed from the inputs its prompt
// states: a table of question id → the computation, so a key that disagrees with its own
// prompt fails here. A number question without a row fails too (add its computation).
#include "Lesson.h"

#include <QHash>
#include <QTest>

#include <cmath>
#include <functional>
#include <numbers>
#include <vector>

using namespace kobai::config;

namespace {

double updatesPerEpoch(double samples, double batch)
{
    return std::ceil(samples / batch);
}

/// The epoch after which early stopping (patience p, min_delta 0) stops.
double earlyStopEpoch(const std::vector<double> &losses, int patience)
{
    double best = INFINITY;
    int waited = 0;
    for (std::size_t e = 0; e < losses.size(); ++e) {
        if (losses[e] < best) {
            best = losses[e];
            waited = 0;
        } else if (++waited >= patience) {
            return static_cast<double>(e + 1);
        }
    }
    return static_cast<double>(losses.size());
}

/// The mini-batch MSE gradient step of the prompt (y = wx + b, L = (1/B)Σ(y − t)²) on w.
double minibatchStepOnW(double w, double b, double lr, const std::vector<std::pair<double, double>> &batch)
{
    double gradient = 0;
    for (const auto &[x, t] : batch)
        gradient += 2.0 / static_cast<double>(batch.size()) * (w * x + b - t) * x;
    return w - lr * gradient;
}

/// One epoch of pure SGD on the per-sample loss (wx − t)², samples in the listed order.
double sgdEpoch(double w, double lr, const std::vector<std::pair<double, double>> &samples)
{
    for (const auto &[x, t] : samples)
        w -= lr * 2 * (w * x - t) * x;
    return w;
}

double cosineRate(double eta0, double etaMin, double t, double tMax)
{
    return etaMin + 0.5 * (eta0 - etaMin) * (1 + std::cos(std::numbers::pi * t / tMax));
}

const QHash<QString, std::function<double()>> &computations()
{
    // Ravine f = x²/20 + y²: ∂f/∂x = x/10, ∂f/∂y = 2y. Saddle f = x² − y²: ∂f/∂y = −2y.
    static const QHash<QString, std::function<double()>> table{
        {"ravine-one-step-x", [] { return -7 - 0.1 * (-7 / 10.0); }},
        {"ravine-two-steps-y", [] { return 2 * (1 - 0.1 * 2) * (1 - 0.1 * 2); }},
        {"quadratic-one-step", [] { return 1.5 - 0.1 * 4 * 1.5; }},
        {"numerical-gradient-count", [] { return 2.0 * 1000; }},
        {"updates-per-epoch-50000", [] { return updatesPerEpoch(50000, 128); }},
        {"iterations-over-epochs", [] { return 5 * updatesPerEpoch(60000, 256); }},
        {"minibatch-update-by-hand", [] { return minibatchStepOnW(1, 0, 0.1, {{1, 2}, {2, 3}, {3, 5}, {4, 6}}); }},
        {"sgd-one-epoch-vs-bgd", [] { return sgdEpoch(0, 0.1, {{1, 2}, {2, 4}}); }},
        {"ravine-large-lr-first-step", [] { return 2 - 0.95 * 2 * 2; }},
        {"ravine-small-lr-100-steps", [] { return -7 * 0.366; }}, // the prompt gives 0.99¹⁰⁰ ≈ 0.366
        {"ravine-stability-limit", [] { return 1.0; }},           // |1 − 2η| < 1 ⇔ 0 < η < 1
        {"lr-sweep-updates", [] { return 7 * 30 * updatesPerEpoch(800, 32); }},
        {"updates-per-epoch", [] { return updatesPerEpoch(60000, 128); }},
        {"variance-at-4b", [] { return 5.2 * 32 / 128; }},
        {"finite-population", [] { return (1024.0 - 512) / (1024 - 1); }},
        {"linear-scaling", [] { return 0.05 * 256 / 32; }},
        {"epochs-to-match", [] { return updatesPerEpoch(1024, 8) / updatesPerEpoch(1024, 512); }},
        {"momentum-second-step-y",
         [] {
             const double v1 = -0.1 * (2 * 2.0), y1 = 2 + v1;
             return y1 + 0.9 * v1 - 0.1 * (2 * y1);
         }},
        {"torch-momentum-buffer",
         [] {
             const double b1 = 2 * 2.0, y1 = 2 - 0.1 * b1;
             return 0.9 * b1 + 2 * y1;
         }},
        {"terminal-velocity", [] { return 1 / (1 - 0.9); }},
        {"adam-first-step",
         [] {
             const double g = -7 / 10.0, m = 0.1 * g, v = 0.001 * g * g;
             const double lrT = 0.3 * std::sqrt(1 - 0.999) / (1 - 0.9); // ゼロから作る's bias-corrected rate
             return -7 - lrT * m / std::sqrt(v);
         }},
        {"adam-bias-corrected-m", [] { return 0.1 * 4 / (1 - 0.9); }},
        {"adagrad-first-step", [] { return 2 - 1.5 * 4 / (std::sqrt(16.0) + 1e-7); }},
        {"rmsprop-h", [] { return (1 - 0.99) * 4 * 4; }},
        {"rmsprop-first-step",
         [] {
             const double g = -2 * 0.001, h = (1 - 0.99) * g * g;
             return 0.001 - 0.05 * g / (std::sqrt(h) + 1e-7);
         }},
        {"steplr-rate", [] { return 0.1 * std::pow(0.5, std::floor(25 / 10.0)); }},
        {"exponentiallr-rate", [] { return 0.01 * std::pow(0.9, 2); }},
        {"cosine-rate-midpoint", [] { return cosineRate(0.1, 0.01, 50, 100); }},
        {"cosine-past-tmax", [] { return cosineRate(0.1, 0, 15, 10); }},
        {"warm-restarts-third", [] { return 10.0 + 20 + 40; }}, // periods T₀, 2T₀, 4T₀
        {"warmup-linear-rate", [] { return 0.1 * (0.1 + (1 - 0.1) * 2 / 5); }},
        {"stop-epoch", [] { return earlyStopEpoch({0.90, 0.72, 0.61, 0.58, 0.60, 0.57, 0.59, 0.61, 0.60, 0.63}, 3); }},
        {"updates-at-stop", [] { return (26 + 10) * updatesPerEpoch(300, 32); }},
        {"l2-gradient", [] { return 0.5 + 0.1 * 2.0; }},
        {"weight-decay-update", [] { return (1 - 0.1 * 0.01) * 3.0 - 0.1 * 0.2; }},
        {"l1-step", [] { return -0.5 - 0.1 * (0.3 + 0.01 * -1); }},
        {"dropout-scale", [] { return 3.0 / (1 - 0.2); }},
        {"noise-as-l2", [] { return 2 * 0.1 * 0.1; }},
        {"xavier-std", [] { return 1 / std::sqrt(100.0); }},
        {"he-std", [] { return std::sqrt(2 / 100.0); }},
        {"sigmoid-derivative-max", [] { return 0.5 * (1 - 0.5); }}, // σ′ = σ(1 − σ), largest at σ = ½
        {"sigmoid-layers-thousandth", [] { return std::ceil(std::log(1e-3) / std::log(0.25)); }},
        {"clip-norm-by-hand", [] { return 2 / std::sqrt(2.0 * 2 + 1 + 2 * 2); }},
        {"uniform-loss", [] { return std::log(10.0); }},
        {"ei-by-hand", [] { return (0.30 - 0.32) * 0.3085 + 0.04 * 0.3521; }}, // Φ(−0.5), φ(−0.5) as given
        {"grid-size", [] { return 5.0 * 4 * 3; }},
        {"uniform-below", [] { return (1e-4 - 1e-6) / (1e-2 - 1e-6); }},
        {"pruning-epochs", [] { return 12 * 5.0 + 8 * 50; }},
        {"updates-per-epoch-workers", [] { return updatesPerEpoch(60000, 8 * 50); }}, // global batch K·B
        {"goyal-learning-rate", [] { return 0.1 * (256 * 32) / 256.0; }},             // η·(K·B)/B₀
        {"warmup-rate", [] { return 0.8 * (1.0 / 16 + (1 - 1.0 / 16) * 2 / 5.0); }},  // LinearLR after 2 steps
        {"allreduce-time", [] { return 1e3 * (2.0 * 15 / 16 * 1e8 / 1.25e9 + 2 * 15 * 50e-6); }},
        {"parameter-server-time", [] { return 1e3 * (16 * 1e8 / 1.25e9 + 2 * 50e-6); }},
        {"speedup-by-hand", [] { return 16 * 30.0 / (30 + 10); }},
        {"topk-bytes", [] { return std::floor(0.01 * 1e6) * (4 + 4); }},
    };
    return table;
}

} // namespace

class QuestionKeys : public QObject
{
    Q_OBJECT

private slots:
    void everyNumericAnswerFollowsFromItsPrompt();
};

void QuestionKeys::everyNumericAnswerFollowsFromItsPrompt()
{
    int checked = 0;
    QStringList problems;
    for (const LessonLoad &load : readLessonsUnder(QStringLiteral(KOBAI_SOURCE_DIR "/lessons"))) {
        QVERIFY2(load.lesson, qPrintable(load.error));
        for (const Question &question : load.lesson->questions) {
            if (question.kind != Question::Kind::Number)
                continue;
            const auto computation = computations().find(question.id);
            if (computation == computations().end()) {
                problems << load.lesson->id + " › " + question.id + ": no computation in this test's table";
                continue;
            }
            const double expected = (*computation)();
            // The key may round the exact value, but no further than its own tolerance allows.
            if (!(std::abs(question.answer - expected) <= question.tolerance + 1e-12 * std::max(1.0, std::abs(expected))))
                problems << QStringLiteral("%1 › %2: key %3 ± %4, computed %5")
                                .arg(load.lesson->id, question.id)
                                .arg(question.answer)
                                .arg(question.tolerance)
                                .arg(expected, 0, 'g', 10);
            ++checked;
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(checked, static_cast<int>(computations().size()));
}

QTEST_GUILESS_MAIN(QuestionKeys)
#include "tst_question_keys.moc"
