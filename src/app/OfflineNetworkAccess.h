#pragma once
// The QML engine's network access: none. Lesson texts are Markdown that Qt renders
// itself, pictures included, and a picture at http://… would be downloaded by the
// engine; Kōbai promises nothing is (README), so every request is refused here.
#include <QQmlNetworkAccessManagerFactory>

namespace kobai::app {

class OfflineNetworkAccess : public QQmlNetworkAccessManagerFactory
{
public:
    /// A manager that answers every request with an error, without connecting.
    QNetworkAccessManager *create(QObject *parent) override;
};

} // namespace kobai::app
