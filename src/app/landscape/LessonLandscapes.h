#pragma once
// The loss landscapes a lesson declares, for the lesson page's Repeater: one title per
// landscape ({ja, en}); each LandscapeView then loads its own by index.
#include "reading/LessonLibrary.h"

#include <QObject>
#include <QVariant>
#include <QtQml/qqmlregistration.h>

namespace kobai::app {

class LessonLandscapes : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    /// The titles of the landscapes of the library's lesson at row; empty when it has none.
    Q_INVOKABLE QVariantList titles(kobai::app::LessonLibrary *library, int row) const;
};

} // namespace kobai::app
