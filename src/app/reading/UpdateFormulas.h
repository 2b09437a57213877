#pragma once
// The update rule of an optimizer spec as the step-through panel prints it, in Qt
// strings; the lines and symbols themselves live with each rule (src/engine/optim).
#include "optim/OptimizerSpec.h"

#include <QString>
#include <QStringList>

namespace kobai::app {

struct UpdateFormulas {
    QString optimizer; ///< e.g. "Momentum", "Adam"
    /// One line per assignment; a PyTorch optimizer has the PyTorch form only, a textbook
    /// one both (the PyTorch form empty when it is the same, as for plain SGD).
    QStringList textbook;
    QStringList pytorch;
};

UpdateFormulas updateFormulas(const OptimizerSpec &spec);

/// How the panel labels a state vector: "m (exp_avg)", or the name when it has no symbol.
QString stateLabel(const OptimizerStateVector &vector);

} // namespace kobai::app
