#include "ModelTesters.h"

#include <QChildEvent>
#include <QCoreApplication>
#include <QPointer>
#include <QTimer>
#include <cstdlib>
#include <cxxabi.h>
#include <memory>
#include <typeinfo>

namespace {
QSet<QString>& kinds()
{
    static QSet<QString> k;
    return k;
}

// The model's own class, templates included (ListTableModel<Complaint> has no meta-object of its own).
QString dynamicClassName(const QAbstractItemModel* model)
{
    const char* mangled = typeid(*model).name();
    int status = 0;
    std::unique_ptr<char, void (*)(void*)> name(abi::__cxa_demangle(mangled, nullptr, nullptr, &status), std::free);
    return QString::fromLatin1(status == 0 && name ? name.get() : mangled);
}
} // namespace

ModelTesters::ModelTesters()
{
    QCoreApplication::instance()->installEventFilter(this);
}

ModelTesters::~ModelTesters()
{
    QCoreApplication::instance()->removeEventFilter(this);
}

void ModelTesters::attach(QAbstractItemModel* model)
{
    if (!model || model->property("qsdeskModelTester").toBool())
        return;
    const QString kind = dynamicClassName(model);
    if (kind.startsWith(QLatin1Char('Q')))
        return; // Qt's own (combo boxes, completers): tested by Qt
    model->setProperty("qsdeskModelTester", true);
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::Fatal, model);
    kinds().insert(kind.section(QLatin1Char('<'), 0, 0));
}

QSet<QString> ModelTesters::testedKinds()
{
    return kinds();
}

bool ModelTesters::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ChildAdded) {
        // The child is still being constructed (only its QObject part exists): look at it once the
        // event loop runs again, before it can have shown a row to anyone.
        QPointer<QObject> child = static_cast<QChildEvent*>(event)->child();
        QTimer::singleShot(0, this, [child]() {
            if (auto* model = qobject_cast<QAbstractItemModel*>(child.data()))
                attach(model);
        });
    }
    return QObject::eventFilter(watched, event);
}
