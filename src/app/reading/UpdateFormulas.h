#pragma once
// The update rule of an optimizer spec as the step-through panel prints it: the
// textbook form (ゼロから作るDeep Learning, common/optimizer.py) and PyTorch 1.13's
// (torch.optim docs) where the two differ, and a symbol for each state vector the
// engine reports. Formulas are notation, the same in both languages.
#include "optim/OptimizerSpec.h"

#include <QString>
#include <QStringList>

namespace kobai::app {

struct UpdateFormulas {
    QString optimizer;    ///< e.g. "Momentum", "Adam"
    /// One line per assignment; a PyTorch optimizer has the PyTorch form only, a textbook
    /// one both (the PyTorch form empty when it is the same, as for plain SGD).
    QStringList textbook;
    QStringList pytorch;
};

UpdateFormulas updateFormulas(const OptimizerSpec &spec);

/// How the panel names an engine state vector: "exp_avg" → "m (exp_avg)".
QString stateSymbol(const QString &engineName);

} // namespace kobai::app
