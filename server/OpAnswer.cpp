#include "OpAnswer.h"

#include "sync/WireJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
void appendValue(QByteArray& out, const QJsonValue& v)
{
    if (v.isString())
        return WireJson::appendString(out, v.toString());
    if (v.isObject()) {
        out += QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
        return;
    }
    // A number, a boolean, null or an array: as QJsonDocument writes it inside an array.
    const QByteArray inArray = QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact);
    out += inArray.mid(1, inArray.size() - 2);
}
} // namespace

QByteArray OpAnswer::toJson() const
{
    QByteArray out;
    out.reserve(96);
    out += "{\"op_id\":";
    WireJson::appendString(out, opId);
    out += ",\"status\":\"";
    out += status;
    out += '"';
    if (!message.isEmpty()) {
        out += ",\"message\":";
        WireJson::appendString(out, message);
    }
    if (rev > 0)
        out += ",\"rev\":" + QByteArray::number(rev);
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it) {
        out += ',';
        WireJson::appendString(out, it.key());
        out += ':';
        appendValue(out, it.value());
    }
    out += '}';
    return out;
}

QByteArray replayedAnswer(const QByteArray& stored)
{
    if (!stored.startsWith('{') || stored == "{}")
        return QByteArrayLiteral("{\"replayed\":true}");
    return "{\"replayed\":true," + stored.mid(1);
}
