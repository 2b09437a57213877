#include "RefusingNetworkAccessManager.h"

#include <QNetworkRequest>

namespace kobai::app {

QNetworkReply *RefusingNetworkAccessManager::createRequest(Operation operation, const QNetworkRequest &request,
                                                           QIODevice *outgoingData)
{
    qWarning("kobai: not fetching %s: Kōbai uses no network (a lesson shows only pictures from its own folder)",
             qUtf8Printable(request.url().toDisplayString()));
    // A request without a URL fails at once with "protocol unknown", and opens nothing.
    return QNetworkAccessManager::createRequest(operation, QNetworkRequest(QUrl()), outgoingData);
}

} // namespace kobai::app
