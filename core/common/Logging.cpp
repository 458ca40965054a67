#include "common/Logging.h"

#include "common/Result.h"

Q_LOGGING_CATEGORY(lcStorage, "qsdesk.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSearch, "qsdesk.search", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWorkflow, "qsdesk.workflow", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCatalog, "qsdesk.catalog", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDemo, "qsdesk.demo", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "qsdesk.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecurity, "qsdesk.security", QtInfoMsg)

Error Error::internal(const QString& detail)
{
    qCWarning(lcStorage) << "internal error:" << detail;
    return {
        ErrorCode::Internal, {}, UiText::of("Error", QT_TRANSLATE_NOOP("Error", "Internal error: %1")).arg(detail)
    };
}
