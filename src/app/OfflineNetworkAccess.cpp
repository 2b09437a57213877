#include "OfflineNetworkAccess.h"

#include "RefusingNetworkAccessManager.h"

namespace kobai::app {

QNetworkAccessManager *OfflineNetworkAccess::create(QObject *parent)
{
    return new RefusingNetworkAccessManager(parent);
}

} // namespace kobai::app
