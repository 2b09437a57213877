#pragma once
// The loss of each path of a LandscapeModel against step, in the paths' colours and
// styles, with a line at the step the landscape shows. Log scale when every loss is
// above zero (the saddle's losses go negative: then linear).
#include "landscape/LandscapePicture.h"

#include <QtQml/qqmlregistration.h>

#include <optional>

namespace kobai::app {

/// The loss axis of the plot: log when every loss is above zero; a diverging path's climb
/// does not widen it (it leaves through the top, a decade above the other paths).
struct StepLossAxis {
    double lo = 0.0;
    double hi = 1.0;
    bool log = false;
};
std::optional<StepLossAxis> stepLossAxis(const std::vector<LandscapePath> &paths);

class StepLossPlot : public LandscapePicture
{
    Q_OBJECT
    QML_ELEMENT

public:
    using LandscapePicture::LandscapePicture;

    void paint(QPainter *painter) override;
};

} // namespace kobai::app
