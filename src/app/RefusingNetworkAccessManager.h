#pragma once
// A network access manager that never connects: each request gets an error reply and
// a warning naming the URL (OfflineNetworkAccess gives it to the QML engine).
#include <QNetworkAccessManager>

namespace kobai::app {

class RefusingNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    using QNetworkAccessManager::QNetworkAccessManager;

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;
};

} // namespace kobai::app
