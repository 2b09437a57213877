#include "Syllabus.h"

#include <algorithm>

namespace kobai::config {

const QList<SyllabusItem> &syllabusItems()
{
    static const QList<SyllabusItem> items{
        {"gradient-descent", {"勾配降下法", "Gradient descent"}},
        {"numerical-gradient", {"数値微分と勾配確認", "Numerical gradients and gradient checking"}},
        {"sgd-minibatch", {"確率的勾配降下法とミニバッチ", "Stochastic gradient descent and mini-batches"}},
        {"learning-rate", {"学習率", "The learning rate"}},
        {"batch-size", {"バッチサイズ", "Batch size"}},
        {"momentum", {"モメンタムとネステロフの加速勾配法", "Momentum and Nesterov's accelerated gradient"}},
        {"adaptive-optimizers", {"AdaGrad・RMSprop・AdaDelta・Adam", "AdaGrad, RMSprop, AdaDelta and Adam"}},
        {"lr-schedules", {"学習率スケジューリング", "Learning-rate schedules"}},
        {"generalization", {"汎化性能と過学習", "Generalisation and over-fitting"}},
        {"early-stopping", {"早期終了", "Early stopping"}},
        {"regularization", {"正則化（荷重減衰・ドロップアウト）", "Regularisation (weight decay, dropout)"}},
        {"gradient-problems", {"勾配消失・勾配爆発と勾配クリッピング", "Vanishing and exploding gradients, clipping"}},
        {"initialization", {"重みの初期値", "Weight initialisation"}},
        {"hyperparameter-search", {"ハイパーパラメータの探索", "Hyper-parameter search"}},
        {"distributed-training", {"分散学習", "Distributed training"}},
    };
    return items;
}

const SyllabusItem *findSyllabusItem(const QString &id)
{
    const QList<SyllabusItem> &items = syllabusItems();
    const auto it = std::find_if(items.begin(), items.end(), [&](const SyllabusItem &item) { return item.id == id; });
    return it == items.end() ? nullptr : &*it;
}

} // namespace kobai::config
