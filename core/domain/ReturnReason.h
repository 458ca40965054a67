#pragma once

#include "common/Result.h"
#include "common/UiText.h"

#include <QList>
#include <QString>
#include <optional>

// Why a service agency returns a case handed to it (退回, issue 20): the reasons 12345 work-order
// systems list, counted on the agency's record.
enum class ReturnReason
{
    OutOfScope, // 超出服务范围
    NotQualified, // 不具备相应资质
    MaterialsIncomplete, // 材料不全
    WrongAgency, // 转交对象有误
    Other,
};

namespace ReturnReasons {
QList<ReturnReason> all();
QString key(ReturnReason r); // out_of_scope, not_qualified, materials, wrong_agency, other
std::optional<ReturnReason> fromKey(const QString& key);
UiText label(ReturnReason r);
// A key, or the reason in the words of either language; BadInput naming `field` otherwise.
Result<ReturnReason> parse(const QString& field, const QString& text);
} // namespace ReturnReasons
